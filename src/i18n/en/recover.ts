/** English messages: the calibration note beside the shop's parameters, and the small calibrated shop. The same keys must exist in the other language (test/i18n.test.ts). */
export const recover = {
  "recover.note.title": "These shop parameters were estimated from real months",
  "recover.note.facts": "Estimated from {records} agent-months, {from} to {to}. The table gives the value the simulation uses and the estimate with its 95 % interval; a parameter changed since is marked “changed”.",
  "recover.note.parameter": "Parameter",
  "recover.note.used": "Simulation uses",
  "recover.note.estimate": "Estimate (95 % interval)",
  "recover.note.support": "Agent-months",
  "recover.note.kept": "value kept",
  "recover.note.override": "own value",
  "recover.note.changed": "changed to {value}",
  "recover.smallShop": "Your shop has only {agents} agent posts, fewer than the 5–300 this tool is made for. The simulation keeps the real number (nobody is added), but team pools, ranks and teams shared among so few people swing widely: read the payslips one by one, not only the averages.",
};
