// The data-flow statement: what Afterword stores, where, encrypted how, kept how long, and which
// outside service (if any) receives what, written from the configuration in words a client can
// read on a consent form. Generated, so it never drifts from what the software does.
import type { EndpointReach } from '#model-provider';

export interface DataFlowFacts {
  database: 'sqlite' | 'postgres';
  retentionDays: number;
  model: { enabled: boolean; host: string | null; reach: EndpointReach | null };
  /** The transcription service for dictated summaries (Settings › Dictation); null: none. */
  transcription?: { host: string; reach: EndpointReach } | null;
  /** With no service set, dictated summaries are transcribed by a Whisper model inside Afterword (AFTERWORD_WHISPER_MODEL). */
  localSpeechModel?: boolean;
}

/**
 * @example describeDataFlow({ database: 'sqlite', retentionDays: 14, model: { enabled: false, host: null, reach: null } });
 */
export function describeDataFlow(facts: DataFlowFacts): string[] {
  const where =
    facts.database === 'sqlite'
      ? "on this computer, in one database file in Afterword's data folder"
      : "in the practice's PostgreSQL database server, which the practice runs";
  const days = `${facts.retentionDays} day${facts.retentionDays === 1 ? '' : 's'}`;
  return [
    'Sessions are never recorded. Afterword does not record, store or send audio of a session.',
    `What your therapist writes after a session (a short summary), the draft note made from it, the finished note and your profile in Afterword are stored ${where}.`,
    'That text is encrypted (AES-256-GCM) before it is stored, with a key kept apart from the database; without the key the stored text cannot be read.',
    `Summaries and unsigned drafts are deleted automatically after ${days}. Signed notes are kept until your therapist deletes them or moves them to the health record system they use.`,
    'Every time a note is viewed, changed, exported or deleted, a tamper-evident log records who did it and when (not what the note says).',
    modelSentence(facts.model, Boolean(facts.transcription)),
    ...(facts.transcription ? [transcriptionSentence(facts.transcription)] : facts.localSpeechModel ? [LOCAL_SPEECH_SENTENCE] : []),
    'Afterword sends nothing else anywhere: no usage statistics, no error reports, no fonts or scripts from other websites.',
  ];
}

function modelSentence(model: DataFlowFacts['model'], dictationService: boolean): string {
  if (!model.enabled || !model.reach) {
    // With a transcription service, something does leave: that sentence follows.
    return dictationService
      ? 'No language model service is involved: the notes are written by Afterword itself.'
      : 'No outside service receives anything: the notes are written on this computer, by Afterword itself, with no language model service involved.';
  }
  const what =
    "the narrative sections of a draft note (never the session details or the risk assessment), with names, dates, phone numbers, email and web addresses, street addresses, ZIP codes, record and insurance numbers and ages over 89 replaced by placeholders";
  switch (model.reach) {
    case 'loopback':
      return `When your therapist asks for it, ${what} are sent to a language model running on this same computer, and nowhere else. Its reply is checked and can only reword the draft.`;
    case 'private':
      return `When your therapist asks for it, ${what} are sent to a language model on the practice's own private network (${model.host}). Its reply is checked and can only reword the draft.`;
    case 'outside':
      return `When your therapist asks for it, ${what} are sent to an outside language model service at ${model.host}. That service can read what is sent. Its reply is checked and can only reword the draft.`;
  }
}

const LOCAL_SPEECH_SENTENCE =
  'When your therapist dictates their summary after a session (never the session itself), the recording of that summary is turned into text by a speech recognition model that runs inside Afterword, on the computer that runs it, and deleted; it is sent nowhere and never stored.';

/** Dictated audio is the therapist's own summary, not redacted (it is sound): say so plainly. */
function transcriptionSentence(service: NonNullable<DataFlowFacts['transcription']>): string {
  const what =
    'When your therapist dictates their summary after a session (never the session itself), the recording of that summary, which may name you, is sent';
  const after = 'turned into text and deleted; Afterword never stores it.';
  switch (service.reach) {
    case 'loopback':
      return `${what} to a speech-to-text service running on this same computer, ${after}`;
    case 'private':
      return `${what} to a speech-to-text service on the practice's own private network (${service.host}), ${after}`;
    case 'outside':
      return `${what} to an outside speech-to-text service at ${service.host}, which can hear it, ${after}`;
  }
}
