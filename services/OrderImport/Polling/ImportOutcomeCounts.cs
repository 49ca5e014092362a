namespace Fulfillment.OrderImport.Polling;

/// <summary>How many orders of a window ended in each outcome; counted by orders imported at the same time.</summary>
public sealed class ImportOutcomeCounts
{
    private readonly Lock _lock = new();
    private readonly Dictionary<ImportOutcome, int> _counts = [];

    public void Add(ImportOutcome outcome)
    {
        lock (_lock)
        {
            _counts[outcome] = _counts.GetValueOrDefault(outcome) + 1;
        }
    }

    public IReadOnlyDictionary<ImportOutcome, int> ToDictionary()
    {
        lock (_lock)
        {
            return new Dictionary<ImportOutcome, int>(_counts);
        }
    }

    public override string ToString() =>
        string.Join(", ", ToDictionary().Select(pair => $"{pair.Value} {pair.Key}"));
}
