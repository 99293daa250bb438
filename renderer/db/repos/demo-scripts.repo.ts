/** Published demo scripts: read-only on the laptop (product marketing publishes, sync delivers). */
import { map, type Observable } from 'rxjs';
import type { DemoScript } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../database.ts';

function byProductThenTitle(a: DemoScript, b: DemoScript): number {
  return a.product.localeCompare(b.product) || a.title.localeCompare(b.title);
}

export function observeDemoScripts(db: FieldcaseDatabase): Observable<DemoScript[]> {
  return db.demo_scripts.find().$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON()).sort(byProductThenTitle)));
}

export function observeDemoScript(db: FieldcaseDatabase, id: string): Observable<DemoScript | null> {
  return db.demo_scripts.findOne(id).$.pipe(map((doc) => (doc ? doc.toMutableJSON() : null)));
}
