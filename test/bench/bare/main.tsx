// The canvas benchmark's anchor: React Flow as it comes (the same @xyflow/react as Accord),
// default nodes, N nodes and 1.5N edges, no sync, nothing else on the page.
import {
  type Edge,
  type Node,
  ReactFlow,
  ReactFlowProvider,
  useEdgesState,
  useNodesState,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';

function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const count = Number(new URLSearchParams(location.search).get('n') ?? 500);
const random = seeded(1);
const columns = Math.ceil(Math.sqrt(count * 1.6));
const initialNodes: Node[] = Array.from({ length: count }, (_, i) => ({
  id: `n${i}`,
  position: { x: (i % columns) * 200, y: Math.floor(i / columns) * 100 },
  data: { label: `Body ${i}` },
}));
const initialEdges: Edge[] = Array.from({ length: Math.round(count * 1.5) }, (_, i) => {
  const source = Math.floor(random() * count);
  const target = (source + 1 + Math.floor(random() * (count - 1))) % count;
  return { id: `e${i}`, source: `n${source}`, target: `n${target}` };
});

function Flow() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      fitView
      minZoom={0.05}
    />
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <ReactFlowProvider>
      <Flow />
    </ReactFlowProvider>,
  );
