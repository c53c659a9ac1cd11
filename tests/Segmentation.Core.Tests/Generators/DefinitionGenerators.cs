using FsCheck;
using FsCheck.Fluent;
using Segmentation.Definitions;

namespace Segmentation.Tests.Generators;

/// <summary>
/// Generators of valid definitions over <c>Catalogs.Customer</c>: every criterion kind, every
/// operator, values drawn from <see cref="Domains"/> so that matches and misses both occur.
/// </summary>
public static partial class DefinitionGenerators
{
    public static Gen<ComparisonOperator> Operator { get; } = Gen.Elements(Enum.GetValues<ComparisonOperator>());

    public static Gen<Criterion> Criterion { get; } = Gen.Sized(size => Tree(Math.Min(size / 10, 3)));

    public static Gen<SegmentDefinition> Definition { get; } =
        from name in Gen.Elements("vip", "at risk", "Neue Kunden", "a")
        from description in Gen.Elements<string?>(null, "generated")
        from criteria in Criterion
        select new SegmentDefinition(name, criteria, description);

    /// <summary>A criteria tree at most <paramref name="depth"/> composite levels deep.</summary>
    public static Gen<Criterion> Tree(int depth) => depth <= 0
        ? Leaf
        : Gen.Frequency(
            (3, Leaf),
            (1, Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Tree(depth - 1), n)).Select(c => (Criterion)new AllCriterion(c))),
            (1, Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Tree(depth - 1), n)).Select(c => (Criterion)new AnyCriterion(c))),
            (1, Tree(depth - 1).Select(c => (Criterion)new NotCriterion(c))));

    public static Gen<Criterion> Leaf { get; } = Gen.OneOf(
        NumberComparison,
        Gen.OneOf(StringEquality, BooleanEquality, EnumEquality, InstantComparison, DateComparison),
        Between,
        In,
        Text,
        NullCheck,
        Set,
        Time,
        Gen.OneOf(Age, GeoRadius, Consent),
        Aggregate);

    internal static Gen<SegmentValue> Number(int low, int high) => Gen.Choose(low, high).Select(n => SegmentValue.FromNumber(n));

    internal static Gen<SegmentValue> Instant { get; } = CustomerGenerators.Instant.Select(SegmentValue.FromDateTime);

    internal static Gen<TimeWindow> Window { get; } = Gen.OneOf(
        from amount in Gen.Elements(0, 1, 7, 30, 90, 365)
        from unit in Gen.Elements(Enum.GetValues<TimeUnit>())
        select TimeWindow.Last(amount, unit),
        from amount in Gen.Elements(0, 1, 30, 90, 365)
        from unit in Gen.Elements(Enum.GetValues<TimeUnit>())
        select TimeWindow.OlderThan(amount, unit),
        from a in CustomerGenerators.Instant
        from b in CustomerGenerators.Instant
        select TimeWindow.Between(a < b ? a : b, a < b ? b : a));
}
