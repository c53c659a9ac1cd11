namespace Segmentation.Benchmarks.Evaluation;

/// <summary>A customer record with only scalar fields: the aggregates are precomputed columns.</summary>
public sealed class BenchFlatCustomer
{
    public int Id { get; set; }

    public string? Country { get; set; }

    public int? Age { get; set; }

    public bool OptedOut { get; set; }

    public decimal TotalSpent { get; set; }

    public DateTimeOffset LastOrderAt { get; set; }
}
