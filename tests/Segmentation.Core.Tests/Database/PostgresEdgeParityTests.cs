using FsCheck;
using FsCheck.Fluent;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Database;

/// <summary>
/// The values SQLite cannot hold or fold (docs/evaluation.md, "Known limits") on PostgreSQL: Unicode
/// text in every case mode, decimals at their limits and sums of fractions, instants in far-apart
/// offsets evaluated at as-of instants in other offsets, boundary dates. Memory and PostgreSQL
/// agree on generated definitions and customers (the database is a UTF-8 one with a libc
/// <c>C.UTF-8</c> ctype, as .ci/postgres.sh makes it; docs/database.md says why). The letters whose
/// upper case differs between .NET and the database are pinned by <see cref="PostgresTranslationLimitTests"/>.
/// </summary>
public sealed class PostgresEdgeParityTests
{
    private static readonly string[] Texts =
    [
        "Émile", "émile", "ÉMILE", "Straße", "STRASSE", "straße", "ǅemal", "ǆemal", "Ǆemal", "İstanbul", "istanbul", "ISTANBUL",
        "Σίσυφος", "ΣΊΣΥΦΟΣ", "σίσυφος", "Ñandú", "ñandú", "á", "a\u0301", "𐐀𐐨", "𐐨𐐨", "ﬃ", "FFI", "日本", "%_\\", "a%b", "", "Ω",
    ];

    private static readonly decimal[] Decimals =
    [
        decimal.MaxValue, decimal.MinValue, decimal.MaxValue - 1, 0m, 0.0000000000000000000000000001m, -0.0000000000000000000000000001m,
        0.1m, 0.2m, 0.3m, 0.15m, 1m / 3m, 1_000_000_000_000_000m, 12345678901234567890.12345678m,
    ];

    private static readonly decimal[] OrderAmounts = [0m, 0.1m, 0.2m, 0.3m, 0.15m, -0.2m, 1_000_000_000_000_000m, 12345678901234567890.12m];

    private static readonly TimeSpan[] Offsets = [TimeSpan.Zero, TimeSpan.FromHours(14), TimeSpan.FromHours(-12), new TimeSpan(5, 45, 0), TimeSpan.FromHours(-3.5)];

    private static readonly DateTimeOffset Base = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static Gen<DateTimeOffset> Instant { get; } = Gen.Frequency(
        (12, from hours in Gen.Choose(-24 * 40, 48)
             from seconds in Gen.Elements(0, 1, -1)
             from offset in Gen.Elements(Offsets)
             select Base.AddHours(hours).AddSeconds(seconds).ToOffset(offset)),
        (1, Gen.Elements(new DateTimeOffset(1, 1, 2, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(9999, 12, 30, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(1970, 1, 1, 0, 0, 0, TimeSpan.Zero))));

    private static Gen<DateOnly> Date { get; } = Gen.Frequency(
        (8, Gen.Choose(-800, 40).Select(d => DateOnly.FromDateTime(Base.DateTime).AddDays(d))),
        (1, Gen.Elements(DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(2024, 2, 29), new DateOnly(2000, 2, 29))));

    private static Gen<Order> Order { get; } =
        // No 28-digit fractions: memory rounds an average at 28 significant digits, numeric does not (docs/database.md).
        from amount in Gen.Elements(OrderAmounts)
        from placedAt in Instant
        from channel in Gen.Elements<string?>(null, "web", "Émile", "ÉMILE")
        select new Order { Amount = amount, PlacedAt = placedAt, Channel = channel };

    private static Gen<Customer> Customer { get; } =
        from name in Gen.Frequency((1, Gen.Constant<string?>(null)), (6, Gen.Elements(Texts).Select(t => (string?)t)))
        from spend in Gen.Elements(Decimals)
        from last in Gen.Frequency((1, Gen.Constant<DateTimeOffset?>(null)), (5, Instant.Select(i => (DateTimeOffset?)i)))
        from birth in Gen.Frequency((1, Gen.Constant<DateOnly?>(null)), (5, Date.Select(d => (DateOnly?)d)))
        from tags in Gen.SubListOf(Texts.Take(9).ToArray())
        from orders in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Order, n))
        select new Customer { Name = name, TotalSpend = spend, LastOrderAt = last, BirthDate = birth, Tags = [.. tags], Orders = [.. orders] };

    private static Gen<Criterion> Leaf { get; } = Gen.OneOf(
        from op in Gen.Elements(Enum.GetValues<TextOperator>())
        from value in Gen.Elements(Texts.Where(t => t.Length > 0).ToArray())
        from ignoreCase in Gen.Elements(false, true)
        select (Criterion)new TextCriterion("name", op, value, ignoreCase),
        from values in Gen.NonEmptyListOf(Gen.Elements(Texts))
        from negated in Gen.Elements(false, true)
        select (Criterion)new InCriterion("name", values.Select(SegmentValue.FromString), negated),
        from op in Gen.Elements(Enum.GetValues<SetOperator>())
        from values in Gen.NonEmptyListOf(Gen.Elements(Texts.Take(9).ToArray()))
        select (Criterion)new SetCriterion("tags", op, values),
        from op in Gen.Elements(Enum.GetValues<ComparisonOperator>())
        from value in Gen.Elements(Decimals)
        select (Criterion)new ComparisonCriterion("totalSpend", op, SegmentValue.FromNumber(value)),
        from function in Gen.Elements(AggregateFunction.Sum, AggregateFunction.Average, AggregateFunction.Min, AggregateFunction.Max)
        from op in Gen.Elements(Enum.GetValues<ComparisonOperator>())
        from value in Gen.Elements(Decimals.Where(d => Math.Abs(d) < 1e20m).ToArray())
        from ignoreCase in Gen.Elements(false, true)
        select (Criterion)new AggregateCriterion("orders", function, "amount", op, SegmentValue.FromNumber(value), function == AggregateFunction.Sum ? new TextCriterion("channel", TextOperator.Equal, "émile", ignoreCase) : null),
        from op in Gen.Elements(Enum.GetValues<ComparisonOperator>())
        from value in Instant
        select (Criterion)new ComparisonCriterion("lastOrderAt", op, SegmentValue.FromDateTime(value)),
        from low in Instant
        from hours in Gen.Choose(0, 24 * 20)
        select (Criterion)new BetweenCriterion("lastOrderAt", SegmentValue.FromDateTime(low), SegmentValue.FromDateTime((low.Year > 9000 ? low : low.AddHours(hours)).ToOffset(TimeSpan.FromHours(3)))),
        from field in Gen.Elements("lastOrderAt", "birthDate")
        from amount in Gen.Choose(0, 40)
        from unit in Gen.Elements(Enum.GetValues<TimeUnit>())
        from olderThan in Gen.Elements(false, true)
        select (Criterion)new TimeWindowCriterion(field, olderThan ? TimeWindow.OlderThan(amount, unit) : TimeWindow.Last(amount, unit)),
        from op in Gen.Elements(Enum.GetValues<ComparisonOperator>())
        from date in Date
        select (Criterion)new ComparisonCriterion("birthDate", op, SegmentValue.FromDate(date)),
        from field in Gen.Elements("name", "lastOrderAt", "birthDate")
        from isNull in Gen.Elements(false, true)
        select (Criterion)new NullCheckCriterion(field, isNull));

    private static Gen<Criterion> Criterion { get; } = Gen.Frequency(
        (6, Leaf),
        (1, Leaf.Select(c => (Criterion)new NotCriterion(c))),
        (1, Gen.ArrayOf(Leaf, 2).Select(c => (Criterion)new AnyCriterion(c))),
        (1, Gen.ArrayOf(Leaf, 2).Select(c => (Criterion)new AllCriterion(c))));

    private static Gen<DateTimeOffset> AsOf { get; } =
        from hours in Gen.Choose(-6, 30)
        from offset in Gen.Elements(Offsets)
        select Base.AddHours(hours).ToOffset(offset);

    /// <summary>Case-sensitive prefix and suffix tests with letters beyond the BMP (docs/database.md).</summary>
    private static bool RejectedForDatabases(Criterion criterion) => criterion switch
    {
        TextCriterion { IgnoreCase: false, Operator: TextOperator.StartsWith or TextOperator.EndsWith } text => text.Value.Any(char.IsSurrogate),
        NotCriterion not => RejectedForDatabases(not.Criterion),
        AllCriterion all => all.Criteria.Any(RejectedForDatabases),
        AnyCriterion any => any.Criteria.Any(RejectedForDatabases),
        _ => false,
    };

    [Fact]
    public void EdgeValues_GeneratedDefinitionsAndCustomers_SameMembers()
    {
        PostgresServer.Require();
        using var postgres = new PostgresDatabase([]);
        var scenario = from criterion in Criterion
                       from asOf in AsOf
                       from customers in Gen.Choose(1, 25).SelectMany(n => Gen.ArrayOf(Customer, n))
                       select (criterion, asOf, customers);
        int members = 0, others = 0;
        Prop.ForAll(Arb.From(scenario), s =>
        {
            var (criterion, asOf, customers) = s;
            postgres.Reload(customers);
            var definition = new SegmentDefinition("edge", criterion);
            var segment = SegmentCompiler.Shared.Compile<Customer>(definition, Catalogs.Customer);
            var memory = Parity.MemoryMembers(postgres.AsStored(customers), segment, asOf);
            if (RejectedForDatabases(criterion))
            {
                Assert.False(segment.IsTranslatable);
                Assert.Throws<SegmentationException>(() => Parity.DatabaseMembers(postgres, segment, asOf));
                return;
            }

            var stored = Parity.DatabaseMembers(postgres, segment, asOf);
            Assert.True(memory.SequenceEqual(stored), $"as of {asOf:O}\n{DatabaseParityPropertyTests.Describe(definition, memory, stored)}\n{Parity.Sql(postgres, segment, asOf)}");
            members += memory.Length;
            others += customers.Length - memory.Length;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));

        // The generated cases both select and leave out customers, so the agreement says something.
        Assert.True(members > 200 && others > 200, $"{members} members and {others} non-members over 200 cases.");
    }
}
