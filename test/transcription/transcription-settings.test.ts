// What counts as "on this machine or its network" for a transcription endpoint, and what a set
// AFTERWORD_WHISPER_MODEL asks the user to do.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findWhisperProblem, isLocalNetworkHost, transcriptionUrl, ZTranscriptionSettings } from '#transcription';

describe('transcription endpoint settings', () => {
  it('treats loopback, localhost and private addresses as local, and any other name or address as remote', () => {
    for (const host of ['127.0.0.1', 'localhost', 'whisper.localhost', '10.0.0.5', '172.20.1.1', '192.168.1.20', '[::1]', 'fd12:3456::1']) expect(isLocalNetworkHost(host), host).toBe(true);
    for (const host of ['8.8.8.8', '172.32.0.1', 'api.example.com', 'whisper.lan', '[2001:db8::1]']) expect(isLocalNetworkHost(host), host).toBe(false);
  });

  it('needs the clinician to confirm a remote address, and refuses what is not an http address', () => {
    expect(ZTranscriptionSettings.safeParse({ baseUrl: 'http://192.168.1.20:8000', model: 'whisper-1' }).success).toBe(true);
    expect(ZTranscriptionSettings.safeParse({ baseUrl: 'https://whisper.example.com', model: 'whisper-1' }).error?.issues[0]?.path).toEqual(['allowRemote']);
    expect(ZTranscriptionSettings.safeParse({ baseUrl: 'https://whisper.example.com', model: 'whisper-1', allowRemote: true }).success).toBe(true);
    expect(ZTranscriptionSettings.safeParse({ baseUrl: 'ftp://127.0.0.1', model: 'whisper-1' }).error?.issues[0]?.path).toEqual(['baseUrl']);
    expect(ZTranscriptionSettings.safeParse({ baseUrl: 'http://u:p@127.0.0.1', model: 'whisper-1' }).success).toBe(false);
    expect(ZTranscriptionSettings.safeParse({ baseUrl: 'http://127.0.0.1', model: ' ' }).error?.issues[0]?.path).toEqual(['model']);
  });

  it('accepts a base URL with or without /v1', () => {
    expect(transcriptionUrl('http://127.0.0.1:8000')).toBe('http://127.0.0.1:8000/v1/audio/transcriptions');
    expect(transcriptionUrl('http://127.0.0.1:8000/v1/')).toBe('http://127.0.0.1:8000/v1/audio/transcriptions');
  });

  it('says nothing when no local model is asked for or the one asked for is complete; what to install, or which file is missing, otherwise', () => {
    const model = join(import.meta.dirname, '..', 'support', 'whisper-test-model');
    expect(findWhisperProblem(undefined)).toBeNull();
    expect(findWhisperProblem(model)).toBeNull();
    expect(findWhisperProblem(model, () => false)).toContain('ONNXRUNTIME_NODE_INSTALL=skip npm install @huggingface/transformers@4.3.1');
    expect(findWhisperProblem('./models/whisper-base')).toBe('AFTERWORD_WHISPER_MODEL is ./models/whisper-base, but there is no such folder. Give the folder of a Whisper model in the ONNX layout.');
    expect(findWhisperProblem(join(model, 'onnx'))).toMatch(/^AFTERWORD_WHISPER_MODEL is .*onnx, but that folder has no config\.json, generation_config\.json, preprocessor_config\.json, tokenizer\.json, tokenizer_config\.json, onnx\/encoder_model\.onnx, onnx\/decoder_model_merged\.onnx\. .*; or, 8-bit, the same with onnx\/encoder_model_quantized\.onnx and onnx\/decoder_model_merged_quantized\.onnx\)\.$/);
  });
});
