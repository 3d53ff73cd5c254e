#!/usr/bin/python3
"""Writes a tiny Whisper model with random weights, in the ONNX layout that
@huggingface/transformers loads (config.json, generation_config.json,
preprocessor_config.json, tokenizer.json, tokenizer_config.json,
onnx/encoder_model.onnx, onnx/decoder_model_merged.onnx).

It is for tests only: no Whisper weights can be downloaded on the build machine,
and the tests check the loading, decoding and clean-up path, not what is
recognised. Its output is nonsense made of the test words below. The graphs keep
Whisper's inputs, outputs and cache shapes (a merged decoder with
`use_cache_branch` and per-layer decoder and encoder key/value caches), with one
layer of each and a 16-wide model, so the files stay under 100 KB.

Needs Debian's python3-onnx and python3-numpy (apt install python3-onnx).
Run: /usr/bin/python3 scripts/make-test-whisper-model.py test/support/whisper-test-model
"""
import json
import os
import sys

import numpy as np
from onnx import TensorProto, helper, numpy_helper, save

D_MODEL = 16
HEADS = 2
HEAD_DIM = D_MODEL // HEADS
MELS = 80
FRAMES = 3000
ENC_POSITIONS = 1500
OPSET = 17

# Words the model says: plainly test output, never clinical-sounding.
WORDS = ['alpha', 'bravo', 'river', 'stone', 'maple', 'cloud', 'amber', 'orbit', 'quartz', 'meadow',
         'lantern', 'harbor', 'violet', 'copper', 'willow', 'comet', 'pebble', 'summit', 'canyon', 'falcon']
SPECIALS = ['<|endoftext|>', '<|startoftranscript|>', '<|en|>', '<|transcribe|>', '<|translate|>',
            '<|startoflm|>', '<|startofprev|>', '<|nocaptions|>', '<|notimestamps|>']


def byte_level_alphabet():
    """GPT-2's byte-to-unicode table, which byte-level BPE (and Whisper) uses."""
    bs = list(range(ord('!'), ord('~') + 1)) + list(range(ord('¡'), ord('¬') + 1)) + list(range(ord('®'), ord('ÿ') + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return [chr(c) for c in cs]


def build_vocab():
    vocab = {}
    for ch in byte_level_alphabet():
        vocab.setdefault(ch, len(vocab))
    merges = []
    word_ids = []
    for word in WORDS:
        piece = 'Ġ'
        for ch in word:
            merges.append(f'{piece} {ch}')
            piece += ch
            vocab.setdefault(piece, len(vocab))
        word_ids.append(vocab[piece])
    special_ids = {}
    for token in SPECIALS:
        special_ids[token] = len(vocab)
        vocab[token] = len(vocab)
    # Whisper's timestamp tokens follow <|notimestamps|>; 0.00 to 30.00 s in 0.02 s steps.
    for i in range(1501):
        vocab[f'<|{i * 0.02:.2f}|>'] = len(vocab)
    return vocab, merges, word_ids, special_ids


def tensor(name, array):
    return numpy_helper.from_array(array.astype(np.float32), name)


def encoder_graph(rng):
    x = helper.make_tensor_value_info('input_features', TensorProto.FLOAT, ['batch_size', MELS, FRAMES])
    y = helper.make_tensor_value_info('last_hidden_state', TensorProto.FLOAT, ['batch_size', ENC_POSITIONS, D_MODEL])
    inits = [
        tensor('conv1.weight', rng.normal(0, 0.2, (D_MODEL, MELS, 3))),
        tensor('conv1.bias', rng.normal(0, 0.1, (D_MODEL,))),
        tensor('conv2.weight', rng.normal(0, 0.2, (D_MODEL, D_MODEL, 3))),
        tensor('conv2.bias', rng.normal(0, 0.1, (D_MODEL,))),
        tensor('embed_positions', rng.normal(0, 0.1, (ENC_POSITIONS, D_MODEL))),
    ]
    nodes = [
        helper.make_node('Conv', ['input_features', 'conv1.weight', 'conv1.bias'], ['c1'], pads=[1, 1], strides=[1]),
        helper.make_node('Tanh', ['c1'], ['a1']),
        helper.make_node('Conv', ['a1', 'conv2.weight', 'conv2.bias'], ['c2'], pads=[1, 1], strides=[2]),
        helper.make_node('Tanh', ['c2'], ['a2']),
        helper.make_node('Transpose', ['a2'], ['t'], perm=[0, 2, 1]),
        helper.make_node('Add', ['t', 'embed_positions'], ['last_hidden_state']),
    ]
    return helper.make_graph(nodes, 'whisper-test-encoder', [x], [y], inits)


def heads(nodes, source, weight, out):
    """[batch, seq, D_MODEL] x weight -> [batch, HEADS, seq, HEAD_DIM]."""
    nodes += [
        helper.make_node('MatMul', [source, weight], [f'{out}.proj']),
        helper.make_node('Reshape', [f'{out}.proj', 'heads_shape'], [f'{out}.split']),
        helper.make_node('Transpose', [f'{out}.split'], [out], perm=[0, 2, 1, 3]),
    ]


def decoder_graph(rng, vocab_size, word_ids, eos_id):
    cache = lambda name, seq: helper.make_tensor_value_info(name, TensorProto.FLOAT, ['batch_size', HEADS, seq, HEAD_DIM])
    inputs = [
        helper.make_tensor_value_info('input_ids', TensorProto.INT64, ['batch_size', 'decoder_sequence_length']),
        helper.make_tensor_value_info('encoder_hidden_states', TensorProto.FLOAT, ['batch_size', 'encoder_sequence_length_out', D_MODEL]),
        cache('past_key_values.0.decoder.key', 'past_decoder_sequence_length'),
        cache('past_key_values.0.decoder.value', 'past_decoder_sequence_length'),
        cache('past_key_values.0.encoder.key', 'encoder_sequence_length_out'),
        cache('past_key_values.0.encoder.value', 'encoder_sequence_length_out'),
        helper.make_tensor_value_info('use_cache_branch', TensorProto.BOOL, [1]),
    ]
    outputs = [
        helper.make_tensor_value_info('logits', TensorProto.FLOAT, ['batch_size', 'decoder_sequence_length', vocab_size]),
        cache('present.0.decoder.key', 'past_decoder_sequence_length + 1'),
        cache('present.0.decoder.value', 'past_decoder_sequence_length + 1'),
        cache('present.0.encoder.key', 'encoder_sequence_length_out'),
        cache('present.0.encoder.value', 'encoder_sequence_length_out'),
    ]
    # The test words are likelier than raw bytes, and the end of text likelier than the rest, so
    # that the nonsense is words and ends on its own now and then (the token cap ends the rest).
    bias = np.full((vocab_size,), -40.0)
    bias[word_ids] = 2.0
    bias[eos_id] = 0.5
    inits = [
        tensor('embed_tokens', rng.normal(0, 1.0, (vocab_size, D_MODEL))),
        tensor('k_proj', rng.normal(0, 0.5, (D_MODEL, D_MODEL))),
        tensor('v_proj', rng.normal(0, 0.5, (D_MODEL, D_MODEL))),
        tensor('cross_k_proj', rng.normal(0, 0.5, (D_MODEL, D_MODEL))),
        tensor('cross_v_proj', rng.normal(0, 0.5, (D_MODEL, D_MODEL))),
        tensor('lm_head', rng.normal(0, 1.0, (D_MODEL, vocab_size))),
        tensor('lm_bias', bias),
        numpy_helper.from_array(np.array([0, 0, HEADS, HEAD_DIM], dtype=np.int64), 'heads_shape'),
        numpy_helper.from_array(np.array([0, 1, D_MODEL], dtype=np.int64), 'merge_shape'),
    ]
    nodes = [helper.make_node('Gather', ['embed_tokens', 'input_ids'], ['embedded'], axis=0)]
    heads(nodes, 'embedded', 'k_proj', 'new_key')
    heads(nodes, 'embedded', 'v_proj', 'new_value')
    heads(nodes, 'encoder_hidden_states', 'cross_k_proj', 'present.0.encoder.key')
    heads(nodes, 'encoder_hidden_states', 'cross_v_proj', 'present.0.encoder.value')
    nodes += [
        helper.make_node('Concat', ['past_key_values.0.decoder.key', 'new_key'], ['present.0.decoder.key'], axis=2),
        helper.make_node('Concat', ['past_key_values.0.decoder.value', 'new_value'], ['present.0.decoder.value'], axis=2),
        # What was said so far (the mean of the values) and what was heard (the mean of the cross values).
        helper.make_node('ReduceMean', ['present.0.decoder.value'], ['history'], axes=[2], keepdims=1),
        helper.make_node('ReduceMean', ['present.0.encoder.value'], ['heard'], axes=[2], keepdims=1),
        helper.make_node('Add', ['history', 'heard'], ['context_heads']),
        helper.make_node('Transpose', ['context_heads'], ['context_t'], perm=[0, 2, 1, 3]),
        helper.make_node('Reshape', ['context_t', 'merge_shape'], ['context']),
        helper.make_node('Add', ['embedded', 'context'], ['hidden']),
        helper.make_node('MatMul', ['hidden', 'lm_head'], ['scores']),
        helper.make_node('Add', ['scores', 'lm_bias'], ['logits']),
    ]
    return helper.make_graph(nodes, 'whisper-test-decoder', inputs, outputs, inits)


def write_json(path, value):
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(value, f, indent=1, ensure_ascii=False)
        f.write('\n')


def main(out):
    rng = np.random.default_rng(20261207)
    vocab, merges, word_ids, special_ids = build_vocab()
    eos, sot, notimestamps = special_ids['<|endoftext|>'], special_ids['<|startoftranscript|>'], special_ids['<|notimestamps|>']
    os.makedirs(os.path.join(out, 'onnx'), exist_ok=True)
    for name, graph in [('encoder_model', encoder_graph(rng)), ('decoder_model_merged', decoder_graph(rng, len(vocab), word_ids, eos))]:
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid('', OPSET)], producer_name='afterword-test')
        model.ir_version = 8
        save(model, os.path.join(out, 'onnx', f'{name}.onnx'))

    write_json(os.path.join(out, 'config.json'), {
        'model_type': 'whisper', 'architectures': ['WhisperForConditionalGeneration'], 'is_encoder_decoder': True,
        'd_model': D_MODEL, 'encoder_layers': 1, 'decoder_layers': 1,
        'encoder_attention_heads': HEADS, 'decoder_attention_heads': HEADS,
        'num_mel_bins': MELS, 'vocab_size': len(vocab),
        'max_source_positions': ENC_POSITIONS, 'max_target_positions': 448,
        'bos_token_id': eos, 'eos_token_id': eos, 'pad_token_id': eos, 'decoder_start_token_id': sot,
        'suppress_tokens': [], 'begin_suppress_tokens': [eos],
    })
    write_json(os.path.join(out, 'generation_config.json'), {
        'decoder_start_token_id': sot, 'bos_token_id': eos, 'eos_token_id': eos, 'pad_token_id': eos,
        'no_timestamps_token_id': notimestamps, 'is_multilingual': False, 'max_length': 448,
        'suppress_tokens': [], 'begin_suppress_tokens': [eos],
    })
    write_json(os.path.join(out, 'preprocessor_config.json'), {
        'feature_extractor_type': 'WhisperFeatureExtractor', 'processor_class': 'WhisperProcessor',
        'feature_size': MELS, 'sampling_rate': 16000, 'hop_length': 160, 'chunk_length': 30,
        'n_fft': 400, 'n_samples': 480000, 'nb_max_frames': FRAMES, 'padding_side': 'right',
        'padding_value': 0.0, 'return_attention_mask': False,
    })
    added = [{'id': vocab[t], 'content': t, 'single_word': False, 'lstrip': False, 'rstrip': False, 'normalized': False, 'special': True}
             for t in vocab if t.startswith('<|')]
    write_json(os.path.join(out, 'tokenizer.json'), {
        'version': '1.0', 'truncation': None, 'padding': None, 'added_tokens': added, 'normalizer': None,
        'pre_tokenizer': {'type': 'ByteLevel', 'add_prefix_space': False, 'trim_offsets': True, 'use_regex': True},
        'post_processor': {'type': 'ByteLevel', 'add_prefix_space': True, 'trim_offsets': False, 'use_regex': True},
        'decoder': {'type': 'ByteLevel', 'add_prefix_space': True, 'trim_offsets': True, 'use_regex': True},
        'model': {'type': 'BPE', 'dropout': None, 'unk_token': None, 'continuing_subword_prefix': '', 'end_of_word_suffix': '',
                  'fuse_unk': False, 'byte_fallback': False, 'vocab': vocab, 'merges': merges},
    })
    write_json(os.path.join(out, 'tokenizer_config.json'), {
        'tokenizer_class': 'WhisperTokenizer', 'bos_token': '<|endoftext|>', 'eos_token': '<|endoftext|>',
        'unk_token': '<|endoftext|>', 'pad_token': '<|endoftext|>', 'model_max_length': 1024, 'errors': 'replace',
        'add_prefix_space': False, 'clean_up_tokenization_spaces': True,
    })


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit('usage: make-test-whisper-model.py OUT_DIR')
    main(sys.argv[1])
