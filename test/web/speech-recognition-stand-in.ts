// A page-level stand-in for the Web Speech API's SpeechRecognition, injected with
// page.addInitScript (before the app's own scripts). It follows the specification's shape and
// events: static available({langs, processLocally}) and install(...), the processLocally,
// lang, continuous and interimResults attributes, start() -> "start"; results as
// SpeechRecognitionEvent-like "result" events (resultIndex, results[i].isFinal, results[i][0]
// .transcript); stop() -> the pending words as a final result, then "end"; abort() -> "error"
// ("aborted") then "end"; errors as "error" events with a code. The test drives it through
// window.__speech (what the browser says, and what the microphone "hears").

export interface SpeechStandInState {
  /** What available() answers; null: the constructor has no available() (recognition that may run online). */
  status: 'available' | 'downloadable' | 'downloading' | 'unavailable' | null;
  availableCalls: unknown[];
  installCalls: unknown[];
  /** One entry per start(): the attributes as they were set. */
  starts: { processLocally: unknown; lang: string; continuous: boolean; interimResults: boolean }[];
  stops: number;
  aborts: number;
}

/** Runs in the page. Self-contained: it is serialized by Playwright. */
export function installSpeechStandIn(): void {
  type Result = { isFinal: boolean; length: number; 0: { transcript: string; confidence: number } };
  const state = { status: 'available', availableCalls: [], installCalls: [], starts: [], stops: 0, aborts: 0 } as unknown as SpeechStandInState & {
    current: StandIn | null;
  };
  class StandIn extends EventTarget {
    lang = '';
    continuous = false;
    interimResults = false;
    local = false;
    // An IDL attribute: an accessor on the prototype, as in a browser that supports it.
    get processLocally(): boolean {
      return this.local;
    }
    set processLocally(value: boolean) {
      this.local = Boolean(value);
    }
    results: Result[] = [];
    running = false;
    static async available(options: unknown): Promise<string> {
      state.availableCalls.push(options);
      return state.status ?? 'unavailable';
    }
    static async install(options: unknown): Promise<boolean> {
      state.installCalls.push(options);
      state.status = 'available';
      return true;
    }
    start(): void {
      if (this.running) throw new DOMException('already started', 'InvalidStateError');
      this.running = true;
      state.current = this;
      state.starts.push({ processLocally: this.processLocally, lang: this.lang, continuous: this.continuous, interimResults: this.interimResults });
      setTimeout(() => this.dispatchEvent(new Event('start')), 0);
    }
    stop(): void {
      state.stops++;
      const last = this.results.at(-1);
      if (last && !last.isFinal) this.hear(last[0].transcript, true);
      this.finish();
    }
    abort(): void {
      state.aborts++;
      this.fail('aborted');
    }
    /** The microphone hears words: they replace the pending (interim) result, or start a new one. */
    hear(transcript: string, isFinal: boolean): void {
      const last = this.results.at(-1);
      const index = last && !last.isFinal ? this.results.length - 1 : this.results.length;
      this.results[index] = { isFinal, length: 1, 0: { transcript, confidence: 0.9 } };
      const event = Object.assign(new Event('result'), { resultIndex: index, results: Object.assign([...this.results], { item: (i: number) => this.results[i] }) });
      this.dispatchEvent(event);
    }
    fail(code: string): void {
      this.dispatchEvent(Object.assign(new Event('error'), { error: code, message: '' }));
      this.finish();
    }
    finish(): void {
      if (!this.running) return;
      this.running = false;
      state.current = null;
      setTimeout(() => this.dispatchEvent(new Event('end')), 0);
    }
  }
  // Older browsers' recognition has no available(): it cannot promise to stay on the device.
  const Constructor = new Proxy(StandIn, {
    get(target, key, receiver) {
      if ((key === 'available' || key === 'install') && state.status === null) return undefined;
      return Reflect.get(target, key, receiver);
    },
  });
  Object.assign(window, { SpeechRecognition: Constructor, __speech: state });
}
