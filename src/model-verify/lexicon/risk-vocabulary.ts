// Words that make a sentence a statement about risk (reference/clinical.md section 6.1), as
// lower case; an entry ending in * is a prefix, any other a whole word or phrase. A reply sentence that uses one must come from a draft sentence that uses the
// same one: risk statements are never written or reworded into existence by a model.
export const RISK_STEMS: readonly string[] = [
  'suicid*', 'self-harm*', 'self harm*', 'self-injur*', 'homicid*', 'kill*', 'die', 'died', 'dies', 'dying', 'dead', 'death*',
  'overdos*', 'hang', 'hanging', 'shoot*', 'gun*', 'firearm*', 'weapon*', 'knife', 'knives', 'cutting', 'cut', 'cuts', 'burn*',
  'harm*', 'hurt*', 'violen*', 'threat*', 'intent*', 'means', 'lethal*', 'safety plan*', 'crisis', 'hotline', '988',
  'hopeless*', 'ideation', 'attempt*', 'end it', 'end her life', 'end his life', 'end their life', 'better off', 'danger*',
  'abus*', 'neglect*', 'duty to warn', 'mandated report*', 'hospitali*', 'emergency', 'risk*', 'unsafe', 'safe', 'safety',
];
