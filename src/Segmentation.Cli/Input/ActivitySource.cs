namespace Segmentation.Cli.Input;

/// <summary>
/// The contract of one activity file of <c>segment types</c> (docs/cli.md): the customer id and
/// date columns, then the kind's own columns. Column 0 is the customer id, 1 the date, the rest
/// follow <see cref="Columns"/>.
/// </summary>
internal sealed record ActivitySource(ActivityKind Kind, string Option, IReadOnlyList<ActivityColumn> Columns)
{
    /// <summary>The date column of every file but the orders.</summary>
    public const string DateColumn = "date";

    /// <summary>The orders' optional column: whether the order used a promotion.</summary>
    public const string PromotionColumn = "promotion";

    /// <summary>Gets the word a row of this file is called in messages.</summary>
    public string RowName => Kind switch
    {
        ActivityKind.Orders => "order line",
        ActivityKind.Visits => "visit",
        ActivityKind.Tickets => "ticket",
        ActivityKind.Reviews => "review",
        ActivityKind.Referrals => "referral",
        _ => "NPS answer",
    };

    /// <summary>The orders: the transaction contract's columns (renamable as in <c>segment rfm</c>) and an optional promotion flag.</summary>
    public static ActivitySource Orders(TransactionColumns columns) => new(ActivityKind.Orders, "<orders.csv>",
    [
        new(columns.CustomerId, "--customer-column", true),
        new(columns.OrderDate, "--date-column", true),
        new(columns.Amount, "--amount-column", true),
        new(columns.OrderId, "--order-column", false),
        new(PromotionColumn, null, false),
    ]);

    /// <summary>Another activity file: the customer id (renamed with --customer-column, as in the orders), <c>date</c> and the kind's columns.</summary>
    public static ActivitySource Of(ActivityKind kind, string customerColumn) => kind switch
    {
        ActivityKind.Visits => Create(kind, "--visits", customerColumn),
        ActivityKind.Tickets => Create(kind, "--tickets", customerColumn, "complaint", "open"),
        ActivityKind.Reviews => Create(kind, "--reviews", customerColumn, "stars"),
        ActivityKind.Referrals => Create(kind, "--referrals", customerColumn),
        ActivityKind.Nps => Create(kind, "--nps", customerColumn, "score"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The orders take the transaction columns: use Orders(columns)."),
    };

    private static ActivitySource Create(ActivityKind kind, string option, string customerColumn, params string[] values) =>
        new(kind, option, [new(customerColumn, "--customer-column", true), new(DateColumn, null, true), .. values.Select(v => new ActivityColumn(v, null, true))]);
}
