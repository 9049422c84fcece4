/**
 * Runs `stop` once, then exits: on SIGINT, on SIGTERM, and when the launcher that
 * started this process goes away (its IPC channel closes, even if it was SIGKILLed),
 * so a server never outlives `npm start`. Ctrl-C reaches a launcher and its servers
 * together and the launcher then sends SIGTERM: the second signal must not kill a
 * server half-way through its clean stop.
 */
export function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const stopOnce = () => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(`stopping failed: ${error.message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stopOnce);
  process.on('SIGTERM', stopOnce);
  if (process.connected) process.on('disconnect', stopOnce);
}
