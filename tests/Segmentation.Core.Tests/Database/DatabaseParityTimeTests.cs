using Segmentation.Definitions;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Database;

/// <summary>Time windows at their edges, on instants and calendar dates: SQLite = memory.</summary>
public sealed class DatabaseParityTimeTests
{
    private static readonly DateTimeOffset AsOf = Parity.AsOf;

    // Instants around the edges of "last 30 days" / "older than 30 days" and of the as-of instant.
    private static readonly Customer[] Instants =
    [
        new() { LastOrderAt = AsOf.AddDays(-30) },
        new() { LastOrderAt = AsOf.AddDays(-30).AddTicks(-1) },
        new() { LastOrderAt = AsOf.AddDays(-30).AddTicks(1) },
        new() { LastOrderAt = AsOf },
        new() { LastOrderAt = AsOf.AddTicks(1) },
        new() { LastOrderAt = AsOf.AddDays(-30).ToOffset(TimeSpan.FromHours(9)) },
        new() { LastOrderAt = AsOf.AddMonths(-1) },
        new() { LastOrderAt = AsOf.AddMonths(-1).AddSeconds(-1) },
        new() { LastOrderAt = null },
    ];

    public static TheoryData<int, TimeUnit, bool> Windows() => new()
    {
        { 30, TimeUnit.Days, false },
        { 30, TimeUnit.Days, true },
        { 0, TimeUnit.Days, false },
        { 1, TimeUnit.Months, false },
        { 1, TimeUnit.Months, true },
        { 4, TimeUnit.Weeks, false },
        { 1, TimeUnit.Years, true },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void Instant_RelativeWindowsAtTheirEdges_SameMembers(int amount, TimeUnit unit, bool olderThan)
    {
        var window = olderThan ? TimeWindow.OlderThan(amount, unit) : TimeWindow.Last(amount, unit);
        Parity.AssertSameMembers(Instants, Parity.Compile(new TimeWindowCriterion("lastOrderAt", window)), AsOf);
    }

    [Fact]
    public void Instant_Last30Days_IncludesBothEdgesExactly()
    {
        var members = Parity.AssertSameMembers(Instants, Parity.Compile(new TimeWindowCriterion("lastOrderAt", TimeWindow.Last(30, TimeUnit.Days))), AsOf);
        Assert.Equal([1, 3, 4, 6], members);
    }

    [Fact]
    public void Instant_BetweenWindow_IncludesBothEnds()
    {
        var window = TimeWindow.Between(AsOf.AddDays(-30), AsOf);
        Assert.Equal([1, 3, 4, 6], Parity.AssertSameMembers(Instants, Parity.Compile(new TimeWindowCriterion("lastOrderAt", window)), AsOf));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(9)]
    public void CalendarDate_WindowsInTheAsOfOffset_SameMembers(int offsetHours)
    {
        // 2025-06-01 local in every offset; the UTC date differs for -5 at 23:30.
        var asOf = new DateTimeOffset(2025, 6, 1, 23, 30, 0, TimeSpan.FromHours(offsetHours));
        Customer[] people = [.. new[] { "2025-04-30", "2025-05-01", "2025-05-02", "2025-06-01", "2025-06-02", "2024-06-01", "2024-05-31" }
            .Select(d => new Customer { BirthDate = DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture) })
            .Append(new Customer())];
        foreach (var window in new[] { TimeWindow.Last(1, TimeUnit.Months), TimeWindow.Last(31, TimeUnit.Days), TimeWindow.OlderThan(1, TimeUnit.Years), TimeWindow.Last(0, TimeUnit.Days) })
        {
            Parity.AssertSameMembers(people, Parity.Compile(new TimeWindowCriterion("birthDate", window)), asOf);
        }
    }
}
