// Shared by the bench's child processes: tell the parent (over the fork IPC channel) where we listen.
export function reportListening(server) {
  const { port } = server.address();
  process.send({ ready: true, url: `http://127.0.0.1:${port}` });
}

// The parent going away (or killing us) must not leave servers behind.
process.on('disconnect', () => process.exit(0));
