/**
 * The loops of a directed graph: its strongly connected components of two or more nodes, plus
 * single nodes with an edge to themselves (Tarjan's algorithm, iterative so deep chains cannot
 * overflow the stack).
 */
export function strongLoops(nodes: readonly string[], next: Map<string, Set<string>>): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  let counter = 0;

  for (const start of nodes) {
    if (order.has(start)) continue;
    const work: { id: string; targets: string[]; at: number }[] = [];
    const enter = (id: string) => {
      order.set(id, counter);
      low.set(id, counter);
      counter += 1;
      stack.push(id);
      onStack.add(id);
      work.push({ id, targets: [...(next.get(id) ?? [])], at: 0 });
    };
    enter(start);
    while (work.length > 0) {
      const frame = work[work.length - 1] as (typeof work)[number];
      const target = frame.targets[frame.at];
      if (target !== undefined) {
        frame.at += 1;
        if (!order.has(target)) enter(target);
        else if (onStack.has(target)) {
          low.set(frame.id, Math.min(low.get(frame.id) ?? 0, order.get(target) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) ?? 0, low.get(frame.id) ?? 0));
      if (low.get(frame.id) !== order.get(frame.id)) continue;
      const component: string[] = [];
      for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
        onStack.delete(id);
        component.push(id);
        if (id === frame.id) break;
      }
      if (component.length > 1 || next.get(frame.id)?.has(frame.id)) loops.push(component);
    }
  }
  return loops;
}
