using FsCheck;
using FsCheck.Fluent;
using Segmentation.Definitions;
using Segmentation.Tests.Generators;

namespace Segmentation.Tests.Serialization;

/// <summary>
/// Definitions for the JSON properties: the shared generators' trees plus what stresses a format
/// and they leave out: fractional and extreme decimals, instants with offsets and sub-second
/// ticks, strings that need escaping, segment references and custom criteria with arguments.
/// </summary>
public static class SerializationArbitraries
{
    private static readonly string[] Awkward = ["\"quoted\"", "back\\slash", "<=>&'", "é ü 日本", "tab\tnew\nline", "\u0001", "😀", " "];

    public static Gen<decimal> Decimal { get; } = Gen.OneOf(
        from units in Gen.Choose(-1_000_000, 1_000_000)
        from scale in Gen.Choose(0, 8)
        select units / (decimal)Math.Pow(10, scale),
        Gen.Elements(decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, -1.50m, 1.0m, 0m));

    public static Gen<DateTimeOffset> Instant { get; } =
        from instant in CustomerGenerators.Instant
        from ticks in Gen.Choose(0, 9_999_999)
        from offsetMinutes in Gen.Elements(0, 60, -300, 330, 840, -720)
        select new DateTimeOffset(instant.UtcDateTime.AddTicks(ticks).AddMinutes(offsetMinutes).Ticks, TimeSpan.FromMinutes(offsetMinutes));

    public static Gen<Criterion> ExtraLeaf { get; } = Gen.OneOf(
        from op in DefinitionGenerators.Operator
        from value in Decimal
        select (Criterion)new ComparisonCriterion("totalSpend", op, SegmentValue.FromNumber(value)),
        from op in DefinitionGenerators.Operator
        from value in Instant
        select (Criterion)new ComparisonCriterion("lastOrderAt", op, SegmentValue.FromDateTime(value)),
        from op in Gen.Elements(Enum.GetValues<TextOperator>())
        from value in Gen.Elements(Awkward)
        from ignoreCase in Gen.Elements(false, true)
        select (Criterion)new TextCriterion("name", op, value, ignoreCase),
        from values in Gen.NonEmptyListOf(Gen.Elements(Awkward))
        select (Criterion)new SetCriterion("tags", SetOperator.ContainsAny, values),
        Gen.Elements("VIP", "at risk", "Neue Kunden").Select(name => (Criterion)new SegmentReferenceCriterion(name)),
        Custom);

    public static Gen<Criterion> Criterion { get; } = Gen.Sized(size => Tree(Math.Min(size / 10, 3)));

    public static Gen<SegmentDefinition> Definition { get; } =
        from name in Gen.Elements("vip", "at risk", "Neue Kunden", "\"odd\" name")
        from description in Gen.Elements<string?>(null, "generated", "with \"quotes\" and é")
        from criteria in Criterion
        select new SegmentDefinition(name, criteria, description);

    private static Gen<Criterion> Custom =>
        from amount in Decimal
        from note in Gen.Elements<string?>(null, "n", "é\"")
        from since in Gen.Elements<DateOnly?>(null, new DateOnly(2024, 2, 29))
        from until in Gen.OneOf(Gen.Constant<DateTimeOffset?>(null), Instant.Select(i => (DateTimeOffset?)i))
        from strict in Gen.Elements<bool?>(null, true, false)
        select (Criterion)new CustomCriterion("spentAtLeast", Arguments(amount, note, since, until, strict));

    public static Arbitrary<SegmentDefinition> Definitions() => Arb.From(Definition);

    private static Gen<Criterion> Tree(int depth) => depth <= 0
        ? Gen.Frequency((3, DefinitionGenerators.Leaf), (2, ExtraLeaf))
        : Gen.Frequency(
            (3, Gen.Frequency((3, DefinitionGenerators.Leaf), (2, ExtraLeaf))),
            (1, Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Tree(depth - 1), n)).Select(c => (Criterion)new AllCriterion(c))),
            (1, Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Tree(depth - 1), n)).Select(c => (Criterion)new AnyCriterion(c))),
            (1, Tree(depth - 1).Select(c => (Criterion)new NotCriterion(c))));

    private static List<KeyValuePair<string, SegmentValue>> Arguments(decimal amount, string? note, DateOnly? since, DateTimeOffset? until, bool? strict)
    {
        var arguments = new List<KeyValuePair<string, SegmentValue>> { new("amount", SegmentValue.FromNumber(amount)) };
        if (note is not null)
        {
            arguments.Add(new("note", SegmentValue.FromString(note)));
        }

        if (since is { } date)
        {
            arguments.Add(new("since", SegmentValue.FromDate(date)));
        }

        if (until is { } instant)
        {
            arguments.Add(new("until", SegmentValue.FromDateTime(instant)));
        }

        if (strict is { } flag)
        {
            arguments.Add(new("strict", SegmentValue.FromBoolean(flag)));
        }

        return arguments;
    }
}
