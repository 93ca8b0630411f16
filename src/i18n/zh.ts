/**
 * Chinese message table (the default language), composed from one file per area in ./zh/.
 * `{name}` placeholders are filled by `t()` in format.ts. Every key must exist in both languages
 * (test/i18n.test.ts checks). A new area gets its own file here and in the other language.
 */
import { policy } from './zh/policy';
import { records } from './zh/records';
import { labels } from './zh/labels';
import { scenario } from './zh/scenario';
import { notes } from './zh/notes';
import { cli } from './zh/cli';
import { sim } from './zh/sim';
import { chart } from './zh/chart';
import { ui } from './zh/ui';
import { share } from './zh/share';
import { doc } from './zh/doc';
import { kpi } from './zh/kpi';
import { kpiForm } from './zh/kpiForm';
import { sensitivity } from './zh/sensitivity';
import { limits } from './zh/limits';
import { uncertainty } from './zh/uncertainty';
import { verdict } from './zh/verdict';
import { workspace } from './zh/workspace';
import { cost } from './zh/cost';
import { owner } from './zh/owner';
import { importMessages } from './zh/import';
import { house } from './zh/house';
import { calibrate } from './zh/calibrate';
import { recover } from './zh/recover';
import { city } from './zh/city';
import { pageSpeed } from './zh/pageSpeed';
import { pageSpeed3 } from './zh/pageSpeed3';

export const zh = { ...policy, ...records, ...labels, ...scenario, ...notes, ...cli, ...sim, ...chart, ...ui, ...share, ...doc, ...kpi, ...kpiForm, ...sensitivity, ...limits, ...verdict, ...uncertainty, ...workspace, ...cost, ...owner, ...house, ...importMessages, ...city, ...calibrate, ...recover, ...pageSpeed, ...pageSpeed3 };
