/** Min-heaps for the searches: ties always break by id, so that the order of equal keys is fixed. */
/** A heap of labels keyed by a vector compared lexicographically (the Pareto search). */
export class Heap {
  private keys: number[][] = [];
  private ids: number[] = [];
  constructor(private readonly width: number) {}
  get size() {
    return this.ids.length;
  }
  private less(i: number, j: number) {
    const a = this.keys[i]!;
    const b = this.keys[j]!;
    for (let k = 0; k < this.width; k++) if (a[k] !== b[k]) return a[k]! < b[k]!;
    return this.ids[i]! < this.ids[j]!;
  }
  private swap(i: number, j: number) {
    [this.keys[i], this.keys[j]] = [this.keys[j]!, this.keys[i]!];
    [this.ids[i], this.ids[j]] = [this.ids[j]!, this.ids[i]!];
  }
  push(key: number[], id: number) {
    this.keys.push(key);
    this.ids.push(id);
    let i = this.ids.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }
  pop(): [number[], number] {
    const top: [number[], number] = [this.keys[0]!, this.ids[0]!];
    const lastK = this.keys.pop()!;
    const lastI = this.ids.pop()!;
    if (this.ids.length) {
      this.keys[0] = lastK;
      this.ids[0] = lastI;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.ids.length && this.less(l, m)) m = l;
        if (r < this.ids.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}

/** A binary min-heap of states keyed by (u, v), ties by state index; typed arrays, grown by doubling. */
export class PairHeap {
  private u = new Float64Array(1024);
  private v = new Float64Array(1024);
  private id = new Int32Array(1024);
  size = 0;
  clear() {
    this.size = 0;
  }
  private less(i: number, j: number) {
    const a = this.u[i]!;
    const b = this.u[j]!;
    if (a !== b) return a < b;
    const c = this.v[i]!;
    const d = this.v[j]!;
    if (c !== d) return c < d;
    return this.id[i]! < this.id[j]!;
  }
  private move(from: number, to: number) {
    this.u[to] = this.u[from]!;
    this.v[to] = this.v[from]!;
    this.id[to] = this.id[from]!;
  }
  push(u: number, v: number, id: number) {
    if (this.size === this.id.length) {
      const grow = <T extends Float64Array | Int32Array>(a: T, b: T) => (b.set(a), b);
      this.u = grow(this.u, new Float64Array(this.size * 2));
      this.v = grow(this.v, new Float64Array(this.size * 2));
      this.id = grow(this.id, new Int32Array(this.size * 2));
    }
    let i = this.size++;
    this.u[i] = u;
    this.v[i] = v;
    this.id[i] = id;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }
  private swap(i: number, j: number) {
    const u = this.u[i]!;
    const v = this.v[i]!;
    const id = this.id[i]!;
    this.move(j, i);
    this.u[j] = u;
    this.v[j] = v;
    this.id[j] = id;
  }
  pop(): number {
    const top = this.id[0]!;
    this.size--;
    if (this.size > 0) {
      this.move(this.size, 0);
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.size && this.less(l, m)) m = l;
        if (r < this.size && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}
