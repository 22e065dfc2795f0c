// The server's connection: stdio behind a frame guard, or Node IPC, with two
// rules the JSON-RPC library leaves to the server: a broken stream ends the
// process (non-zero, so the client restarts it) instead of leaving it deaf,
// and requests after `shutdown` get InvalidRequest.
import { format } from 'node:util';
import {
  createConnection,
  ErrorCodes,
  IPCMessageReader,
  IPCMessageWriter,
  Message,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type MessageReader,
  type MessageWriter,
  type ResponseMessage,
} from 'vscode-languageserver/node';
import { FrameGuard } from './frameGuard';

function fatal(reason: string): never {
  process.stderr.write(`compliance-evidence: protocol error: ${reason}; exiting so that the client restarts the server\n`);
  process.exit(1);
}

/** Stdout carries the protocol: whatever a library prints goes to stderr. */
function consoleToStderr(): void {
  const write = (...args: unknown[]) => void process.stderr.write(format(...args) + '\n');
  console.log = console.info = console.warn = console.error = console.debug = console.trace = write;
}

/** A reader that answers requests after `shutdown` itself, with InvalidRequest (LSP spec, shutdown request). */
export class ShutdownGate implements MessageReader {
  shutdownReceived = false;

  constructor(
    private readonly reader: MessageReader,
    private readonly writer: MessageWriter,
  ) {}

  get onError() {
    return this.reader.onError;
  }
  get onClose() {
    return this.reader.onClose;
  }
  get onPartialMessage() {
    return this.reader.onPartialMessage;
  }

  listen(callback: (message: Message) => void) {
    return this.reader.listen((message) => {
      if (Message.isRequest(message)) {
        if (this.shutdownReceived) {
          const refusal: ResponseMessage = {
            jsonrpc: '2.0',
            id: message.id,
            error: { code: ErrorCodes.InvalidRequest, message: `${message.method}: the server is shutting down` },
          };
          void this.writer.write(refusal);
          return;
        }
        if (message.method === 'shutdown') this.shutdownReceived = true;
      }
      callback(message);
    });
  }

  dispose(): void {
    this.reader.dispose();
  }
}

export function createServerConnection(argv: string[] = process.argv): Connection {
  let reader: MessageReader;
  let writer: MessageWriter;
  if (argv.includes('--stdio')) {
    consoleToStderr();
    const guard = new FrameGuard(fatal);
    process.stdin.pipe(guard);
    reader = new StreamMessageReader(guard);
    writer = new StreamMessageWriter(process.stdout);
  } else if (argv.includes('--node-ipc')) {
    reader = new IPCMessageReader(process);
    writer = new IPCMessageWriter(process);
  } else {
    return createConnection(ProposedFeatures.all); // sockets and pipes: the library's own transport
  }
  reader.onError((e) => fatal(e instanceof Error ? e.message : String(e)));
  const gate = new ShutdownGate(reader, writer);
  // The client went away: a clean end only after shutdown.
  gate.onClose(() => process.exit(gate.shutdownReceived ? 0 : 1));
  return createConnection(ProposedFeatures.all, gate, writer);
}
