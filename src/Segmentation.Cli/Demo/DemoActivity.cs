using Segmentation.CustomerTypes;

namespace Segmentation.Cli.Demo;

/// <summary>
/// The demo's activity as rows, one list per source file of <c>segment types</c>: what
/// <see cref="DemoProfiles"/> draws, fed to the library's builder by the demo and written as CSVs
/// by <c>segment demo --write-sources</c>, so both give the same customer types.
/// </summary>
internal sealed class DemoActivity
{
    public List<DemoOrder> Orders { get; } = [];

    public List<DemoEvent> Visits { get; } = [];

    /// <summary>Gets the tickets; <see cref="DemoEvent.Value"/> is 1 for a complaint plus 2 when still open.</summary>
    public List<DemoEvent> Tickets { get; } = [];

    /// <summary>Gets the reviews; <see cref="DemoEvent.Value"/> is the stars.</summary>
    public List<DemoEvent> Reviews { get; } = [];

    public List<DemoEvent> Referrals { get; } = [];

    /// <summary>Gets the NPS answers; <see cref="DemoEvent.Value"/> is the score.</summary>
    public List<DemoEvent> Nps { get; } = [];

    /// <summary>Records every row in the builder, as <c>segment types</c> does for the same files.</summary>
    public CustomerProfileBuilder Feed(CustomerProfileBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var o in Orders)
        {
            builder.AddOrder(o.CustomerId, At(o.Day), o.Amount, o.Promotion, o.OrderId);
        }

        Visits.ForEach(v => builder.AddInteraction(v.CustomerId, At(v.Day)));
        Tickets.ForEach(t => builder.AddTicket(t.CustomerId, At(t.Day), isComplaint: (t.Value & 1) != 0, isOpen: (t.Value & 2) != 0));
        Reviews.ForEach(r => builder.AddReview(r.CustomerId, At(r.Day), r.Value));
        Referrals.ForEach(r => builder.AddReferral(r.CustomerId, At(r.Day)));
        Nps.ForEach(n => builder.AddNpsAnswer(n.CustomerId, At(n.Day), n.Value));
        return builder;
    }

    /// <summary>Midnight UTC of a date, as the tool reads a date of a CSV.</summary>
    public static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}

/// <summary>An order line of the demo: its order id and whether it used a promotion.</summary>
internal readonly record struct DemoOrder(string CustomerId, string OrderId, DateOnly Day, decimal Amount, bool Promotion);

/// <summary>A dated event of one customer, with the source's value (flags, stars or score; 0 when it has none).</summary>
internal readonly record struct DemoEvent(string CustomerId, DateOnly Day, int Value);
