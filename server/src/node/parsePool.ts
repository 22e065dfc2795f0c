// Parses markdown in worker threads, for the first index of a folder (the
// CLI's cold run, the server's start): micromark is nearly all of that time,
// and each core can take a share of the files.
// Not piscina or tinypool: both start a worker script of their own from their
// package folder (piscina's dist/worker.js, tinypool's dist/entry/worker.js),
// which the single-file esbuild bundles in dist/ and the .vsix do not have.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ParsedPieces } from '../core';
import type { ParseReply, ParseRequest } from './parseWorker';

/** Texts per message: small enough to spread a window of files over the workers, large enough to keep messages few. */
const BATCH = 8;

/** How many parse workers to start: EVIDENCE_PARSE_WORKERS if set (0: parse on the main thread), else one per core, none on one core. */
export function parseWorkerCount(env: NodeJS.ProcessEnv = process.env): number {
  const asked = env.EVIDENCE_PARSE_WORKERS?.trim();
  if (asked && /^\d+$/.test(asked)) return Math.min(Number(asked), 64);
  const cores = availableParallelism();
  return cores > 1 ? cores : 0;
}

export interface ParsePool {
  /** Each text's parse, in order; undefined where a worker failed (the caller parses that text itself). */
  parse(texts: string[]): Promise<(ParsedPieces | undefined)[]>;
  /** Terminates the workers (they must not keep the CLI alive or their heaps stay in the server); pending parses resolve without facts. */
  close(): void;
}

interface Job {
  id: number;
  texts: string[];
  done(pieces: ParsedPieces[] | undefined): void;
}

/** A pool of `size` workers, or undefined if the worker script is not there. */
export function openParsePool(size: number): ParsePool | undefined {
  const script = workerScript();
  return script && size > 0 ? new WorkerParsePool(size, script) : undefined;
}

/** The bundles have dist/parseWorker.js next to them; from sources under tsx (the tests), the worker loads tsx itself. */
function workerScript(): { source: string; eval: boolean } | undefined {
  // A worker inherits `--import tsx` but not the loader hooks it registers, so a .ts entry would not load.
  if (__filename.endsWith('.ts')) return { source: `require('tsx/cjs'); require(${JSON.stringify(join(__dirname, 'parseWorker.ts'))});`, eval: true };
  const file = join(__dirname, 'parseWorker.js');
  return existsSync(file) ? { source: file, eval: false } : undefined;
}

class WorkerParsePool implements ParsePool {
  private readonly workers = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private queue: Job[] = [];
  private nextId = 0;

  constructor(size: number, script: { source: string; eval: boolean }) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script.source, { eval: script.eval });
      worker.on('message', (reply: ParseReply) => {
        if (!this.workers.has(worker)) return;
        const job = this.busy.get(worker);
        this.busy.delete(worker);
        if (job?.id === reply.id) job.done('pieces' in reply ? reply.pieces : undefined);
        this.idle.push(worker);
        this.pump();
      });
      // A worker that fails (or cannot start) is dropped; its texts are parsed by the caller.
      worker.on('error', () => this.lose(worker));
      worker.on('exit', () => this.lose(worker));
      this.workers.add(worker);
      this.idle.push(worker);
    }
  }

  async parse(texts: string[]): Promise<(ParsedPieces | undefined)[]> {
    const batches: Promise<(ParsedPieces | undefined)[]>[] = [];
    for (let i = 0; i < texts.length; i += BATCH) {
      const slice = texts.slice(i, i + BATCH);
      batches.push(
        new Promise((resolve) => {
          this.queue.push({ id: this.nextId++, texts: slice, done: (pieces) => resolve(pieces ?? slice.map(() => undefined)) });
        }),
      );
    }
    this.pump();
    return (await Promise.all(batches)).flat();
  }

  close(): void {
    for (const worker of [...this.workers]) {
      this.lose(worker);
      void worker.terminate();
    }
  }

  private pump(): void {
    if (this.workers.size === 0) {
      for (const job of this.queue.splice(0)) job.done(undefined);
      return;
    }
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      const request: ParseRequest = { id: job.id, texts: job.texts };
      worker.postMessage(request);
    }
  }

  private lose(worker: Worker): void {
    if (!this.workers.delete(worker)) return;
    const i = this.idle.indexOf(worker);
    if (i >= 0) this.idle.splice(i, 1);
    this.busy.get(worker)?.done(undefined);
    this.busy.delete(worker);
    this.pump();
  }
}
