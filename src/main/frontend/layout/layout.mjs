// Lays out the process models in bpmn/ (issue #14 item 1): writes a BPMNDI diagram into each
// model file, leaving everything else in the file as it was.
//
// bpmn-auto-layout gives the first placement (a column and a row for each element); the places
// in grids.mjs tidy it where it reads badly. From the grid this script sizes each shape for its
// name, expands sub-processes in place, puts boundary events on their host's lower edge, draws
// every sequence flow with right angles and places the labels of events, gateways and flows.
//
// It rewrites the whole diagram of each model it is given: hand-made changes to the diagram are lost.
// Usage (in src/main/frontend, after npm ci): npm run layout [-- model key ...]
import { layoutProcess } from 'bpmn-auto-layout';
import { BpmnModdle } from 'bpmn-moddle';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GRIDS } from './grids.mjs';

const BPMN_FOLDER = resolve(import.meta.dirname, '../../../../bpmn');

// The font metric shared with ProcessModelLayoutTest: 0.6 em per character (DejaVu Sans, which
// Debian's Chromium draws for bpmn-js's Arial, averages 0.52 em on these names).
const EM = 0.6;
const TASK_FONT = 12;
const LABEL_FONT = 11;
const LINE = 1.2;
const TASK_PADDING = 7;

const EVENT = 36;
const GATEWAY = 50;
const TASK_HEIGHT = 80;
const COLUMN_GAP = 60;
const ROW_GAP = 70;
const SUB_PADDING = { left: 40, top: 44, right: 50, bottom: 30 };

function wrap(text, width, fontSize) {
  const perChar = EM * fontSize;
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const candidate = line ? line + ' ' + word : word;
    if (line && candidate.length * perChar > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) {
    lines.push(line);
  }
  return lines;
}

function textWidth(text, fontSize) {
  return text.length * EM * fontSize;
}

function kindOf(element) {
  const type = element.$type;
  if (type.endsWith('Gateway')) {
    return 'gateway';
  }
  if (type.endsWith('Event')) {
    return 'event';
  }
  if (type === 'bpmn:SubProcess') {
    return 'subProcess';
  }
  return 'task';
}

/**
 * The size a task needs for its name: two lines in 80 px high from 120 to 160 px wide, or else
 * three lines in 100 px high (so that the text stays clear of the marker in the top left corner).
 */
function taskSizeFor(name) {
  const fits = (width, lines) => {
    const text = wrap(name || '', width - 2 * TASK_PADDING, TASK_FONT);
    return text.length <= lines && text.every((l) => textWidth(l, TASK_FONT) <= width - 2 * TASK_PADDING);
  };
  for (let width = 120; width <= 160; width += 10) {
    if (fits(width, 2)) {
      return { width, height: TASK_HEIGHT };
    }
  }
  for (let width = 120; width < 400; width += 10) {
    if (fits(width, 3)) {
      return { width, height: TASK_HEIGHT + 20 };
    }
  }
  throw new Error('No task size fits ' + name);
}

async function firstGrid(moddle, xml) {
  const { rootElement } = await moddle.fromXML(xml);
  const wire = (container) => {
    const elements = container.flowElements || [];
    for (const el of elements) {
      if (el.$instanceOf('bpmn:FlowNode')) {
        el.incoming = [];
        el.outgoing = [];
      }
    }
    for (const flow of elements.filter((e) => e.$type === 'bpmn:SequenceFlow')) {
      flow.sourceRef.outgoing.push(flow);
      flow.targetRef.incoming.push(flow);
    }
    elements.filter((e) => e.flowElements).forEach(wire);
  };
  rootElement.rootElements.filter((e) => e.$type === 'bpmn:Process').forEach(wire);
  const laidOut = await layoutProcess((await moddle.toXML(rootElement)).xml);
  const grid = {};
  const shape = /<bpmndi:BPMNShape id="[^"]*" bpmnElement="([^"]*)"[^>]*>\s*<dc:Bounds x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"/g;
  for (const [, id, x, y, w, h] of laidOut.matchAll(shape)) {
    grid[id] = [Math.round((+x + +w / 2 - 75) / 150), Math.round((+y + +h / 2 - 70) / 140)];
  }
  return grid;
}

class Layout {
  constructor(grid, tidy) {
    this.grid = grid;
    this.tidy = tidy || {};
    this.bounds = {};
    this.labels = {};
    this.waypoints = {};
    this.rowCentres = new Map();
  }

  /** Places the container's nodes relative to its top left corner; answers its size. */
  place(container) {
    const elements = container.flowElements || [];
    const nodes = elements.filter((e) => e.$instanceOf('bpmn:FlowNode') && e.$type !== 'bpmn:BoundaryEvent');
    const size = {};
    for (const node of nodes) {
      const kind = kindOf(node);
      if (kind === 'subProcess') {
        size[node.id] = this.place(node);
      } else if (kind === 'gateway') {
        size[node.id] = { width: GATEWAY, height: GATEWAY };
      } else if (kind === 'event') {
        size[node.id] = { width: EVENT, height: EVENT };
      } else {
        size[node.id] = taskSizeFor(node.name);
      }
    }
    const cell = (node) => {
      const place = this.grid[node.id];
      if (!place) {
        throw new Error('No grid place for ' + node.id);
      }
      return { col: place[0], row: place[1], span: place[2] || 1, rowSpan: place[3] || 1 };
    };
    // A sub-process spanning rows hangs from its first row: its own first row on that row's centre line.
    const anchor = (node) => (node.$local ? node.$local.firstRowCentre : size[node.id].height / 2);
    const cols = new Map();
    const rows = new Map();
    for (const node of nodes) {
      const { col, row, span, rowSpan } = cell(node);
      for (let c = col; c < col + span; c++) {
        cols.set(c, Math.max(cols.get(c) || 0, span === 1 ? size[node.id].width : 0));
      }
      for (let r = row; r < row + rowSpan; r++) {
        rows.set(r, Math.max(rows.get(r) || 0, rowSpan === 1 ? size[node.id].height : r === row ? 2 * anchor(node) : 0));
      }
    }
    const gaps = this.tidy.gaps || {};
    const rowGaps = this.tidy.rowGaps || {};
    const gapAfter = (map, key) => map[container.id + ':' + key] ?? map[key];
    const across = (start, count) => {
      let total = -COLUMN_GAP;
      for (let c = start; c < start + count; c++) {
        total += cols.get(c) + (c < start + count - 1 ? gapAfter(gaps, c) ?? COLUMN_GAP : COLUMN_GAP);
      }
      return total;
    };
    for (const node of nodes) {
      const { col, span } = cell(node);
      if (span > 1) {
        const last = col + span - 1;
        cols.set(last, cols.get(last) + Math.max(0, size[node.id].width - across(col, span)));
      }
    }
    const colX = new Map();
    let x = 0;
    const colKeys = [...cols.keys()].sort((p, q) => p - q);
    for (const c of colKeys) {
      colX.set(c, x);
      x += cols.get(c) + (gapAfter(gaps, c) ?? COLUMN_GAP);
    }
    const width = x - (gapAfter(gaps, colKeys[colKeys.length - 1]) ?? COLUMN_GAP);
    const rowKeys = [...rows.keys()].sort((p, q) => p - q);
    const rowY = new Map();
    const stack = () => {
      let y = 0;
      for (const r of rowKeys) {
        rowY.set(r, y);
        y += rows.get(r) + (gapAfter(rowGaps, r) ?? ROW_GAP);
      }
      return y - (gapAfter(rowGaps, rowKeys[rowKeys.length - 1]) ?? ROW_GAP);
    };
    let height = stack();
    for (const node of nodes) {
      const { row, rowSpan } = cell(node);
      if (rowSpan > 1) {
        const bottom = rowY.get(row) + rows.get(row) / 2 - anchor(node) + size[node.id].height;
        const last = row + rowSpan - 1;
        rows.set(last, Math.max(rows.get(last), bottom - rowY.get(last)));
        height = stack();
      }
    }
    const isSub = container.$type === 'bpmn:SubProcess';
    const padX = isSub ? SUB_PADDING.left : 0;
    const padY = isSub ? SUB_PADDING.top : 0;
    const local = {};
    for (const node of nodes) {
      const { col, row, span, rowSpan } = cell(node);
      const s = size[node.id];
      const left = colX.get(col) + (across(col, span) - s.width) / 2;
      const centre = rowY.get(row) + rows.get(row) / 2;
      local[node.id] = { x: padX + left, y: padY + (rowSpan > 1 ? centre - anchor(node) : centre - s.height / 2), ...s };
      if (rowSpan > 1) {
        local[node.id].midY = anchor(node);
      }
    }
    const firstRow = rowKeys[0];
    container.$local = { local, rowY, rows, padY, firstRowCentre: padY + rowY.get(firstRow) + rows.get(firstRow) / 2 };
    return isSub
      ? { width: width + SUB_PADDING.left + SUB_PADDING.right, height: height + SUB_PADDING.top + SUB_PADDING.bottom }
      : { width, height };
  }

  /** Moves the container's local places to absolute ones, recursively. */
  fix(container, originX, originY) {
    const { local, rowY, rows, padY } = container.$local;
    for (const [r, top] of rowY) {
      this.rowCentres.set(container.id + ':' + r, originY + padY + top + rows.get(r) / 2);
    }
    for (const node of (container.flowElements || []).filter((e) => local[e.id])) {
      const b = local[node.id];
      this.bounds[node.id] = { x: Math.round(originX + b.x), y: Math.round(originY + b.y), width: b.width, height: b.height };
      if (b.midY !== undefined) {
        this.bounds[node.id].midY = this.bounds[node.id].y + b.midY;
      }
      if (kindOf(node) === 'subProcess') {
        this.fix(node, this.bounds[node.id].x, this.bounds[node.id].y);
      }
    }
    for (const event of (container.flowElements || []).filter((e) => e.$type === 'bpmn:BoundaryEvent')) {
      const host = this.bounds[event.attachedToRef.id];
      this.bounds[event.id] = {
        x: Math.round(host.x + host.width * 0.7 - EVENT / 2), y: host.y + host.height - EVENT / 2, width: EVENT, height: EVENT
      };
    }
  }

  rowY(container, row) {
    const y = this.rowCentres.get(container.id + ':' + row);
    if (y === undefined) {
      throw new Error('No row ' + row + ' in ' + container.id);
    }
    return y;
  }

  /**
   * The height a flow's route crosses over at: a row's centre line ({row, dy} moves it), or a
   * height relative to the source's centre ({dy}).
   */
  viaY(container, via, sourceCentre) {
    if (typeof via === 'number') {
      return this.rowY(container, via);
    }
    if (via.row !== undefined) {
      return this.rowY(container, via.row) + (via.dy || 0);
    }
    return sourceCentre.y + via.dy;
  }
}

/** The centre of a shape; a sub-process spanning rows is entered and left on its first row's line. */
function centre(b) {
  return { x: b.x + b.width / 2, y: b.midY ?? b.y + b.height / 2 };
}

function port(b, side) {
  const c = centre(b);
  switch (side) {
    case 'top': return { x: c.x, y: b.y };
    case 'bottom': return { x: c.x, y: b.y + b.height };
    case 'left': return { x: b.x, y: c.y };
    case 'right': return { x: b.x + b.width, y: c.y };
    default: throw new Error(side);
  }
}

function simplify(points) {
  const rounded = points.map((p) => ({ x: Math.round(p.x), y: Math.round(p.y) }));
  const out = [];
  for (const p of rounded) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) {
      continue;
    }
    if (out.length >= 2) {
      const a = out[out.length - 2];
      if ((a.x === last.x && last.x === p.x) || (a.y === last.y && last.y === p.y)) {
        out[out.length - 1] = p;
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

function route(flow, layout, containerOf) {
  const source = flow.sourceRef;
  const target = flow.targetRef;
  const s = layout.bounds[source.id];
  const t = layout.bounds[target.id];
  const hint = (layout.tidy.flows || {})[flow.id] || {};
  const cs = centre(s);
  const ct = centre(t);
  const sameRow = Math.abs(cs.y - ct.y) < 1;
  const sGateway = kindOf(source) === 'gateway';
  const tGateway = kindOf(target) === 'gateway';
  const boundary = source.$type === 'bpmn:BoundaryEvent';
  const viaY = hint.via === undefined ? undefined : layout.viaY(containerOf(flow), hint.via, cs);
  let from = hint.from;
  if (!from) {
    if (viaY !== undefined) {
      from = sGateway || boundary ? (viaY < cs.y ? 'top' : 'bottom') : 'right';
    } else if (boundary) {
      from = 'bottom';
    } else if (sameRow) {
      from = 'right';
    } else if (sGateway) {
      from = ct.y < cs.y ? 'top' : 'bottom';
    } else {
      from = 'right';
    }
  }
  let to = hint.to;
  if (!to) {
    const arrivingY = viaY ?? (from === 'right' ? cs.y : ct.y);
    to = tGateway && arrivingY !== ct.y ? (arrivingY < ct.y ? 'top' : 'bottom') : 'left';
  }
  const p0 = port(s, from);
  const pn = port(t, to);
  const points = [p0];
  if (viaY !== undefined) {
    const vy = viaY;
    if (from === 'right') {
      points.push({ x: p0.x + 20, y: p0.y }, { x: p0.x + 20, y: vy });
    } else {
      points.push({ x: p0.x, y: vy });
    }
    if (to === 'left') {
      points.push({ x: pn.x - 20, y: vy }, { x: pn.x - 20, y: pn.y });
    } else {
      points.push({ x: pn.x, y: vy });
    }
  } else if (from === 'right' && to === 'left') {
    if (p0.y !== pn.y) {
      const xm = pn.x - 30;
      points.push({ x: xm, y: p0.y }, { x: xm, y: pn.y });
    }
  } else if (from === 'right') {
    points.push({ x: pn.x, y: p0.y });
  } else if (to === 'left') {
    points.push({ x: p0.x, y: pn.y });
  } else {
    const my = (p0.y + pn.y) / 2;
    points.push({ x: p0.x, y: my }, { x: pn.x, y: my });
  }
  points.push(pn);
  return simplify(points);
}

/** A flow's label: above its first horizontal stretch, just after its start, no wider than the stretch. */
function flowLabel(flow, points) {
  const name = flow.name;
  const box = (width, x, bottom) => {
    const lines = wrap(name, width, LABEL_FONT);
    const height = Math.ceil(lines.length * LABEL_FONT * LINE) + 2;
    const widest = Math.max(...lines.map((l) => textWidth(l, LABEL_FONT)));
    return { x: Math.round(x), y: Math.round(bottom - height), width: Math.ceil(Math.max(widest, width)), height };
  };
  const wanted = Math.min(Math.max(textWidth(name, LABEL_FONT) + 4, 24), 130);
  const dx = 14;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    if (a.y === b.y && Math.abs(b.x - a.x) >= 30) {
      const x0 = Math.min(a.x, b.x);
      const room = Math.abs(b.x - a.x) - dx - 8;
      return box(Math.max(Math.min(wanted, room), 30), x0 + dx, a.y - 3);
    }
  }
  const a = points[0];
  return box(wanted, a.x + 6, a.y + 30);
}

/**
 * An event's or gateway's label: below the event (below left of a boundary event, clear of its
 * flow); above a gateway, else on a side no flow uses.
 */
function shapeLabel(node, b, usedSides, hint) {
  const name = node.name;
  const longestWord = Math.max(...name.split(/\s+/).map((w) => textWidth(w, LABEL_FONT)));
  const width = hint?.width || Math.ceil(Math.max(longestWord + 2,
    textWidth(name, LABEL_FONT) <= 100 ? Math.max(textWidth(name, LABEL_FONT) + 4, 30) : 100));
  const lines = wrap(name, width, LABEL_FONT);
  const height = Math.ceil(lines.length * LABEL_FONT * LINE) + 2;
  const c = centre(b);
  let side = hint?.side;
  if (!side) {
    if (node.$type === 'bpmn:BoundaryEvent') {
      side = 'below-left';
    } else if (kindOf(node) === 'gateway') {
      side = !usedSides.has('top') ? 'above' : !usedSides.has('bottom') ? 'below' : !usedSides.has('left') ? 'left' : 'above-left';
    } else {
      side = 'below';
    }
  }
  switch (side) {
    case 'above': return { x: Math.round(c.x - width / 2), y: Math.round(b.y - height - 4), width, height };
    case 'below': return { x: Math.round(c.x - width / 2), y: Math.round(b.y + b.height + 4), width, height };
    case 'left': return { x: Math.round(b.x - width - 4), y: Math.round(c.y - height / 2), width, height };
    case 'above-left': return { x: Math.round(c.x - width - 6), y: Math.round(b.y - height + 6), width, height };
    case 'below-left': return { x: Math.round(c.x - width - 6), y: Math.round(b.y + b.height + 2), width, height };
    default: throw new Error(side);
  }
}

function diagramXml(process, layout) {
  const out = [];
  const bounds = (b) => `<dc:Bounds x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}"/>`;
  out.push(`    <bpmndi:BPMNDiagram id="BPMNDiagram_${process.id}">`);
  out.push(`        <bpmndi:BPMNPlane id="BPMNPlane_${process.id}" bpmnElement="${process.id}">`);
  const visit = (container) => {
    for (const el of container.flowElements || []) {
      if (el.$type === 'bpmn:SequenceFlow') {
        continue;
      }
      const b = layout.bounds[el.id];
      const expanded = kindOf(el) === 'subProcess' ? ' isExpanded="true"' : '';
      out.push(`            <bpmndi:BPMNShape id="${el.id}_di" bpmnElement="${el.id}"${expanded}>`);
      out.push(`                ${bounds(b)}`);
      if (layout.labels[el.id]) {
        out.push(`                <bpmndi:BPMNLabel>${bounds(layout.labels[el.id])}</bpmndi:BPMNLabel>`);
      }
      out.push('            </bpmndi:BPMNShape>');
      if (el.flowElements) {
        visit(el);
      }
    }
    for (const flow of (container.flowElements || []).filter((e) => e.$type === 'bpmn:SequenceFlow')) {
      out.push(`            <bpmndi:BPMNEdge id="${flow.id}_di" bpmnElement="${flow.id}">`);
      for (const p of layout.waypoints[flow.id]) {
        out.push(`                <di:waypoint x="${p.x}" y="${p.y}"/>`);
      }
      if (layout.labels[flow.id]) {
        out.push(`                <bpmndi:BPMNLabel>${bounds(layout.labels[flow.id])}</bpmndi:BPMNLabel>`);
      }
      out.push('            </bpmndi:BPMNEdge>');
    }
  };
  visit(process);
  out.push('        </bpmndi:BPMNPlane>');
  out.push('    </bpmndi:BPMNDiagram>');
  return out.join('\n');
}

const NAMESPACES = {
  bpmndi: 'http://www.omg.org/spec/BPMN/20100524/DI',
  dc: 'http://www.omg.org/spec/DD/20100524/DC',
  di: 'http://www.omg.org/spec/DD/20100524/DI'
};

export async function layoutModel(key) {
  const file = resolve(BPMN_FOLDER, key + '.bpmn20.xml');
  const original = readFileSync(file, 'utf8');
  const withoutDiagram = original.replace(/\n\s*<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>/, '');
  const moddle = new BpmnModdle();
  const grid = { ...(await firstGrid(moddle, withoutDiagram)), ...(GRIDS[key]?.grid || {}) };
  const { rootElement } = await moddle.fromXML(withoutDiagram);
  const process = rootElement.rootElements.find((e) => e.$type === 'bpmn:Process');
  const layout = new Layout(grid, GRIDS[key]);
  layout.place(process);
  layout.fix(process, 40, 40);
  const containerOf = new Map();
  const flows = [];
  const collect = (container) => {
    for (const el of container.flowElements || []) {
      if (el.$type === 'bpmn:SequenceFlow') {
        containerOf.set(el.id, container);
        flows.push(el);
      } else if (el.flowElements) {
        collect(el);
      }
    }
  };
  collect(process);
  const used = new Map();
  for (const flow of flows) {
    const points = route(flow, layout, (f) => containerOf.get(f.id));
    layout.waypoints[flow.id] = points;
    const mark = (id, p) => {
      const b = layout.bounds[id];
      const c = centre(b);
      const side = p.y <= b.y ? 'top' : p.y >= b.y + b.height ? 'bottom' : p.x < c.x ? 'left' : 'right';
      if (!used.has(id)) {
        used.set(id, new Set());
      }
      used.get(id).add(side);
    };
    mark(flow.sourceRef.id, points[0]);
    mark(flow.targetRef.id, points[points.length - 1]);
    if (flow.name) {
      layout.labels[flow.id] = flowLabel(flow, points);
    }
  }
  const all = [];
  const gather = (container) => {
    for (const el of container.flowElements || []) {
      if (el.$type !== 'bpmn:SequenceFlow') {
        all.push(el);
        gather(el);
      }
    }
  };
  gather(process);
  for (const el of all) {
    const kind = kindOf(el);
    if ((kind === 'event' || kind === 'gateway') && el.name) {
      layout.labels[el.id] = shapeLabel(el, layout.bounds[el.id], used.get(el.id) || new Set(), (GRIDS[key]?.labels || {})[el.id]);
    }
  }
  const missing = Object.entries(NAMESPACES).filter(([prefix]) => !withoutDiagram.includes(`xmlns:${prefix}=`))
    .map(([prefix, uri]) => `\n             xmlns:${prefix}="${uri}"`).join('');
  let text = withoutDiagram.replace(/(<definitions[^>]*?xmlns:flowable="[^"]*")/, `$1${missing}`);
  text = text.replace(/\n<\/definitions>\s*$/, '\n' + diagramXml(process, layout) + '\n</definitions>\n');
  writeFileSync(file, text);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const keys = process.argv.slice(2);
  const all = keys.length > 0 ? keys : Object.keys(GRIDS);
  for (const key of all) {
    await layoutModel(key);
    console.log('laid out bpmn/' + key + '.bpmn20.xml');
  }
}
