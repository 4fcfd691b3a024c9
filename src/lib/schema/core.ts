// The tables the first page (/targets) shows and reads, registered without the other tables'
// definitions (registry.ts): the targets, the two tables their derived values follow (recognitions,
// the criteria matrix), and those the names' lookup is made of (districts, communes, successions).
import { registerTables } from './registry';
import type { TableDef } from './define';
import { districts } from './tables/districts';
import { communes } from './tables/communes';
import { targets } from './tables/targets';
import { assessments } from './tables/assessments';
import { recognitions } from './tables/recognitions';
import { successions } from './tables/successions';

registerTables([districts, communes, targets, assessments, recognitions, successions] as unknown as TableDef[]);
