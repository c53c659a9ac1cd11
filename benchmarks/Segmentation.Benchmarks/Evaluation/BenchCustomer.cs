namespace Segmentation.Benchmarks.Evaluation;

/// <summary>The customer record of the evaluation benchmarks.</summary>
public sealed class BenchCustomer
{
    public int Id { get; set; }

    public string? Country { get; set; }

    public int? Age { get; set; }

    public bool OptedOut { get; set; }

    public List<string> Tags { get; set; } = [];

    public List<BenchOrder> Orders { get; set; } = [];
}
