namespace Segmentation.Benchmarks.Evaluation;

/// <summary>An order of a <see cref="BenchCustomer"/>.</summary>
public sealed class BenchOrder
{
    public decimal Amount { get; set; }

    public DateTimeOffset PlacedAt { get; set; }
}
