/**
 * Runs `task` once the browser has painted the next frame (a timer set from that frame's
 * animation callback runs after its paint). Returns a function that cancels it. For work a
 * change need not wait for, so the change is painted first.
 */
export function afterPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
