/**
 * The `clearline` program. Every command lives in its own file in src/cli/; adding one is that
 * file plus one line in this list (the order is the order of `clearline --help`).
 */
import type { Command } from './command.js';
import { editChannel } from './edit-channel.js';
import { editFeed } from './edit-feed.js';
import { editQuestion } from './edit-question.js';
import { editReason } from './edit-reason.js';
import { EXPORT_COMMANDS } from './export.js';
import { faqBuild } from './faq-build.js';
import { heartbeat } from './heartbeat.js';
import { keygen } from './keygen.js';
import { lint } from './lint.js';
import { newChannelCommand } from './new-channel.js';
import { newFeedCommand } from './new-feed.js';
import { newIncident } from './new-incident.js';
import { newQuestion } from './new-question.js';
import { newReasonCommand } from './new-reason.js';
import { runCli } from './program.js';
import { report } from './report.js';
import { schema } from './schema.js';
import { sign } from './sign.js';
import { studio } from './studio.js';
import { update } from './update.js';
import { verify } from './verify.js';

const COMMANDS: Command[] = [
  keygen,
  sign,
  verify,
  schema,
  newFeedCommand,
  editFeed,
  newIncident,
  newChannelCommand,
  editChannel,
  newReasonCommand,
  editReason,
  update,
  lint,
  heartbeat,
  faqBuild,
  newQuestion,
  editQuestion,
  studio,
  report,
  ...EXPORT_COMMANDS,
];

process.exitCode = await runCli(COMMANDS, process.argv.slice(2));
