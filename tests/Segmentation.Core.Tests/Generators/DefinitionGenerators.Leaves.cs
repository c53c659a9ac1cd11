using FsCheck;
using FsCheck.Fluent;
using Segmentation.Definitions;

namespace Segmentation.Tests.Generators;

/// <summary>Leaf criteria: one generator per criterion kind.</summary>
public static partial class DefinitionGenerators
{
    private static Gen<Criterion> NumberComparison =>
        from target in Gen.Elements(("age", 16, 90), ("totalSpend", 0, 1200), ("score", 0, 10))
        from op in Operator
        from value in Number(target.Item2, target.Item3)
        select (Criterion)new ComparisonCriterion(target.Item1, op, value);

    private static Gen<Criterion> StringEquality =>
        from target in Gen.Elements(("country", Domains.Countries), ("name", Domains.Names), ("address.city", Domains.Cities))
        from op in Gen.Elements(ComparisonOperator.Equal, ComparisonOperator.NotEqual)
        from value in Gen.Elements(target.Item2)
        select (Criterion)new ComparisonCriterion(target.Item1, op, SegmentValue.FromString(value));

    private static Gen<Criterion> BooleanEquality =>
        from op in Gen.Elements(ComparisonOperator.Equal, ComparisonOperator.NotEqual)
        from value in Gen.Elements(true, false)
        select (Criterion)new ComparisonCriterion("optedOut", op, SegmentValue.FromBoolean(value));

    private static Gen<Criterion> EnumEquality =>
        from op in Gen.Elements(ComparisonOperator.Equal, ComparisonOperator.NotEqual)
        from value in Gen.Elements("Bronze", "Silver", "Gold")
        select (Criterion)new ComparisonCriterion("tier", op, SegmentValue.FromString(value));

    private static Gen<Criterion> InstantComparison =>
        from op in Operator
        from value in Instant
        select (Criterion)new ComparisonCriterion("lastOrderAt", op, value);

    private static Gen<Criterion> DateComparison =>
        from op in Operator
        from days in Gen.Choose(0, 25_000)
        select (Criterion)new ComparisonCriterion("birthDate", op, SegmentValue.FromDate(new DateOnly(1940, 1, 1).AddDays(days)));

    private static Gen<Criterion> Between => Gen.OneOf(
        from a in Gen.Choose(16, 90)
        from b in Gen.Choose(16, 90)
        select (Criterion)new BetweenCriterion("age", SegmentValue.FromNumber(Math.Min(a, b)), SegmentValue.FromNumber(Math.Max(a, b))),
        from a in Gen.Choose(0, 1200)
        from b in Gen.Choose(0, 1200)
        select (Criterion)new BetweenCriterion("totalSpend", SegmentValue.FromNumber(Math.Min(a, b)), SegmentValue.FromNumber(Math.Max(a, b))),
        from a in CustomerGenerators.Instant
        from b in CustomerGenerators.Instant
        select (Criterion)new BetweenCriterion("lastOrderAt", SegmentValue.FromDateTime(a < b ? a : b), SegmentValue.FromDateTime(a < b ? b : a)));

    private static Gen<Criterion> In => Gen.OneOf(
        from values in Gen.NonEmptyListOf(Gen.Elements(Domains.Countries))
        from negated in Gen.Elements(false, true)
        select (Criterion)new InCriterion("country", values.Select(SegmentValue.FromString), negated),
        from values in Gen.NonEmptyListOf(Gen.Choose(16, 90))
        from negated in Gen.Elements(false, true)
        select (Criterion)new InCriterion("age", values.Select(v => SegmentValue.FromNumber(v)), negated),
        from values in Gen.NonEmptyListOf(Gen.Elements("Bronze", "Silver", "Gold"))
        from negated in Gen.Elements(false, true)
        select (Criterion)new InCriterion("tier", values.Select(SegmentValue.FromString), negated));

    private static Gen<Criterion> Text =>
        from target in Gen.Elements(("name", Domains.Names), ("country", Domains.Countries), ("address.city", Domains.Cities))
        from op in Gen.Elements(Enum.GetValues<TextOperator>())
        from value in Gen.Elements(target.Item2.Concat(["a", "A", "os", "LO", ""]).ToArray())
        from ignoreCase in Gen.Elements(false, true)
        select (Criterion)new TextCriterion(target.Item1, op, value, ignoreCase);

    private static Gen<Criterion> NullCheck =>
        from target in Gen.Elements("age", "country", "score", "address.city", "lastOrderAt", "birthDate", "name", "tags")
        from isNull in Gen.Elements(false, true)
        select (Criterion)new NullCheckCriterion(target, isNull);

    private static Gen<Criterion> Set =>
        from op in Gen.Elements(Enum.GetValues<SetOperator>())
        from values in Gen.NonEmptyListOf(Gen.Elements(Domains.Tags))
        select (Criterion)new SetCriterion("tags", op, values);

    private static Gen<Criterion> Time =>
        from target in Gen.Elements("lastOrderAt", "birthDate")
        from window in Window
        select (Criterion)new TimeWindowCriterion(target, window);

    private static Gen<Criterion> Aggregate =>
        from function in Gen.Elements(Enum.GetValues<AggregateFunction>())
        from op in Operator
        from filter in Gen.Elements<Criterion?>(
            null,
            new ComparisonCriterion("returned", ComparisonOperator.Equal, SegmentValue.FromBoolean(false)),
            new InCriterion("channel", [SegmentValue.FromString("web"), SegmentValue.FromString("app")]))
        from window in Gen.OneOf(Gen.Constant<TimeWindowCriterion?>(null), Window.Select(w => (TimeWindowCriterion?)new TimeWindowCriterion("placedAt", w)))
        from value in function == AggregateFunction.Count ? Number(0, 6) : Number(-50, 1500)
        select (Criterion)new AggregateCriterion(
            "orders",
            function,
            function == AggregateFunction.Count ? null : "amount",
            op,
            value,
            filter,
            window);

    private static Gen<Criterion> Age =>
        from target in Gen.Elements("birthDate", "lastOrderAt")
        from min in Gen.Choose(0, 90)
        from span in Gen.Choose(0, 40)
        from shape in Gen.Choose(0, 2)
        select (Criterion)new AgeCriterion(target, shape == 1 ? null : min, shape == 2 ? null : min + span);

    private static Gen<Criterion> Consent =>
        from channel in Gen.Elements("email", "sms")
        from since in CustomerGenerators.OrNullValue(CustomerGenerators.Instant)
        select (Criterion)new ConsentCriterion("consents", channel, since);

    private static Gen<Criterion> GeoRadius =>
        from center in Gen.Elements(Domains.Locations)
        from radius in Gen.Elements(0.5, 5.0, 50.0, 300.0, 1000.0, 5000.0, 25000.0)
        select (Criterion)new GeoRadiusCriterion("latitude", "longitude", center.Latitude, center.Longitude, radius);
}
