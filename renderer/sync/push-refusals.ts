/**
 * A refusal of what a push holds (a document the server finds invalid, or one the rep may not
 * write) is about some of its rows, yet the server refuses the whole push. So the rows are sent
 * again in halves, and halves of those, until the rows it refuses are alone: every other row
 * reaches the server (and the rep's other laptops) instead of waiting with them. The refusal is
 * then passed on, so the rep is told and RxDB tries the push again later. Rows refused alone
 * are remembered as sent: the next push sends them apart at once, without halving again, and
 * the rows already on the server are taken again as no change.
 *
 * RxDB learns nothing of a push that failed, not even of its rows the server took: those are
 * told to `onAccepted`, so they are not counted as waiting to be sent while the refused ones wait.
 */
import { SyncHttpError } from './transport.ts';

/** The server refused the push for what is in it (not for who sent it, or for its own trouble). */
export function isRefusalOfRows(error: unknown): boolean {
  return error instanceof SyncHttpError && error.status >= 400 && error.status < 500 && error.status !== 401 && error.status !== 429;
}

export type Push<R, C> = (rows: R[]) => Promise<C[]>;

export interface RefusalOptions<R, C> {
  /** Told the rows the server took (stored, no conflict) of a push passed on as refused. */
  onAccepted?(rows: R[]): void;
  /** Which document a row and a conflict are about: a row in conflict was not taken. */
  idOfRow?(row: R): string;
  idOfConflict?(conflict: C): string;
}

export function isolatingRefusals<R, C>(push: Push<R, C>, options: RefusalOptions<R, C> = {}): Push<R, C> {
  /** Rows the server refused alone, as sent (a changed document is another row). */
  let refused = new Set<string>();
  const keyOf = (row: R) => JSON.stringify(row);
  /** What one push learns: rows refused alone, and the parts the server took with their conflicts. */
  interface Learned {
    refused: Set<string>;
    taken: { rows: R[]; conflicts: C[] }[];
  }

  async function send(rows: R[], learned: Learned): Promise<C[]> {
    try {
      const conflicts = await push(rows);
      learned.taken.push({ rows, conflicts });
      return conflicts;
    } catch (error) {
      if (!isRefusalOfRows(error)) throw error;
      if (rows.length === 1) {
        learned.refused.add(keyOf(rows[0] as R));
        throw error;
      }
      const middle = Math.ceil(rows.length / 2);
      const conflicts = await sendEach([rows.slice(0, middle), rows.slice(middle)], learned);
      // Every half went through: the server refused the push as a whole, not a row of it.
      return conflicts;
    }
  }

  /** Sends each part; passes on the first refusal once all are sent, anything else at once. */
  async function sendEach(parts: R[][], learned: Learned): Promise<C[]> {
    const conflicts: C[] = [];
    let refusal: unknown = null;
    for (const part of parts) {
      if (part.length === 0) continue;
      try {
        conflicts.push(...(await send(part, learned)));
      } catch (error) {
        if (!isRefusalOfRows(error)) throw error;
        refusal ??= error;
      }
    }
    if (refusal !== null) throw refusal;
    return conflicts;
  }

  /** The rows the server took of the parts that went through. */
  function accepted({ taken }: Learned): R[] {
    const { idOfRow, idOfConflict } = options;
    return taken.flatMap(({ rows, conflicts }) => {
      if (conflicts.length === 0) return rows;
      // Rows and conflicts cannot be told apart: none of this part counts as taken.
      if (!idOfRow || !idOfConflict) return [];
      const inConflict = new Set(conflicts.map(idOfConflict));
      return rows.filter((row) => !inConflict.has(idOfRow(row)));
    });
  }

  return async (rows) => {
    const known = refused;
    const learned: Learned = { refused: new Set(), taken: [] };
    refused = learned.refused;
    // Usually none: only then is each row serialized to be looked up.
    const apart = known.size === 0 ? [] : rows.filter((row) => known.has(keyOf(row)));
    try {
      if (apart.length === 0) return await send(rows, learned);
      return await sendEach([rows.filter((row) => !known.has(keyOf(row))), ...apart.map((row) => [row])], learned);
    } catch (error) {
      if (isRefusalOfRows(error)) {
        const took = accepted(learned);
        if (took.length > 0) options.onAccepted?.(took);
      }
      throw error;
    }
  };
}
