namespace Segmentation.Cli.Database;

/// <summary>One order line as the tool's mapping query returns it: the columns renamed and cast to the types RFM reads.</summary>
internal sealed class OrderRow
{
    public string CustomerId { get; set; } = string.Empty;

    public DateTime OrderedAt { get; set; }

    public decimal Amount { get; set; }

    public string? OrderId { get; set; }
}
