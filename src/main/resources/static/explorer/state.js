// The state an address carries, read the same way by the explorer and the embed view.
import { NEIGHBOURHOOD_LIMIT } from './graph.js';

export function readState(search = location.search) {
  const params = new URLSearchParams(search);
  const path = (params.get('path') || '').split('~');
  return {
    id: params.get('id'),
    depth: Math.min(Math.max(Number(params.get('depth')) || 1, 1), 3),
    limit: Math.min(Math.max(Number(params.get('limit')) || NEIGHBOURHOOD_LIMIT, 1), 500),
    graph: (params.get('graph') || '').split(',').filter(Boolean),
    hide: (params.get('hide') || '').split(',').filter(Boolean),
    path: path.length === 2 && path[0] && path[1] ? { from: path[0], to: path[1] } : null,
    doc: params.get('doc'),
    quote: (params.get('quote') || '').split('-').map(Number),
  };
}
