/**
 * Runs tasks with the same key one after another within this process. Opening an approval spans two
 * transactions with a call into the decisions module between them; without this, a double click
 * could open two decisions for one project. (Several PostgreSQL instances would need a database lock;
 * the link step re-checks the project, so the worst case there is one unlinked draft decision.)
 */
const tails = new Map<string, Promise<void>>();

export async function serialised<T>(key: string, task: () => Promise<T>): Promise<T> {
  const before = tails.get(key) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((r) => (release = r));
  const tail = before.then(() => mine);
  tails.set(key, tail);
  await before;
  try {
    return await task();
  } finally {
    release();
    if (tails.get(key) === tail) tails.delete(key);
  }
}
