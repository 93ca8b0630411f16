/**
 * English message table, composed from one file per area in ./en/.
 * `{name}` placeholders are filled by `t()` in format.ts. Every key must exist in both languages
 * (test/i18n.test.ts checks). A new area gets its own file here and in the other language.
 */
import { policy } from './en/policy';
import { records } from './en/records';
import { labels } from './en/labels';
import { scenario } from './en/scenario';
import { notes } from './en/notes';
import { cli } from './en/cli';
import { sim } from './en/sim';
import { chart } from './en/chart';
import { ui } from './en/ui';
import { share } from './en/share';
import { doc } from './en/doc';
import { kpi } from './en/kpi';
import { kpiForm } from './en/kpiForm';
import { sensitivity } from './en/sensitivity';
import { limits } from './en/limits';
import { uncertainty } from './en/uncertainty';
import { verdict } from './en/verdict';
import { workspace } from './en/workspace';
import { cost } from './en/cost';
import { owner } from './en/owner';
import { importMessages } from './en/import';
import { house } from './en/house';
import { calibrate } from './en/calibrate';
import { recover } from './en/recover';
import { city } from './en/city';
import { pageSpeed } from './en/pageSpeed';
import { pageSpeed3 } from './en/pageSpeed3';

export const en: Record<string, string> = { ...policy, ...records, ...labels, ...scenario, ...notes, ...cli, ...sim, ...chart, ...ui, ...share, ...doc, ...kpi, ...kpiForm, ...sensitivity, ...limits, ...verdict, ...uncertainty, ...workspace, ...cost, ...owner, ...house, ...importMessages, ...city, ...calibrate, ...recover, ...pageSpeed, ...pageSpeed3 };
