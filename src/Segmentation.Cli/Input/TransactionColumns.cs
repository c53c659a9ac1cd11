namespace Segmentation.Cli.Input;

/// <summary>The header names of the CSV contract's columns (renamable with --customer-column and friends).</summary>
internal sealed record TransactionColumns
{
    public string CustomerId { get; init; } = "customer_id";

    public string OrderDate { get; init; } = "order_date";

    public string Amount { get; init; } = "amount";

    /// <summary>Gets the optional order id column; when the header lacks it every line is its own order.</summary>
    public string OrderId { get; init; } = "order_id";
}
