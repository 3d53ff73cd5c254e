// Words too common to narrow a search: they are neither indexed nor looked up, which keeps the
// index about a third smaller. English function words only (normalised: lower case, no accents);
// clinical words, however frequent ("client", "reported"), stay searchable.
export const STOP_WORDS: readonly string[] = [
  'a', 'about', 'after', 'again', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at',
  'be', 'been', 'before', 'being', 'both', 'but', 'by', 'can', 'could', 'did', 'do', 'does',
  'during', 'each', 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'hers', 'herself', 'him',
  'himself', 'his', 'how', 'if', 'in', 'into', 'is', 'it', 'its', 'itself', 'me', 'more', 'most',
  'my', 'of', 'on', 'or', 'other', 'our', 'out', 'over', 'own', 'she', 'so', 'some', 'such',
  'than', 'that', 'the', 'their', 'them', 'themselves', 'then', 'there', 'these', 'they', 'this',
  'those', 'through', 'to', 'too', 'under', 'until', 'up', 'very', 'was', 'we', 'were', 'what',
  'when', 'where', 'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'would', 'you', 'your',
];
