namespace Segmentation.Cli.Input;

/// <summary>Rows skipped under --skip-invalid: a count and the first few examples for the report.</summary>
internal sealed class InvalidRows
{
    public const int MaxExamples = 5;

    private readonly List<CsvInputException> _examples = [];

    public long Count { get; private set; }

    public IReadOnlyList<CsvInputException> Examples => _examples;

    public void Add(CsvInputException error)
    {
        Count++;
        if (_examples.Count < MaxExamples)
        {
            _examples.Add(error);
        }
    }

    /// <summary>Counts skipped rows that come after the listed examples (the fast path keeps only a few per range).</summary>
    public void AddUnlisted(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Count += count;
    }
}
