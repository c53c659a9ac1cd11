using FsCheck;
using FsCheck.Fluent;
using Segmentation.Definitions;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Generators;

/// <summary>
/// One generator per criterion kind, over <see cref="Catalogs.CustomerWithCriteria"/> with the
/// segment <see cref="ReferencedSegment"/> in scope: the cases of the every-pass-handles-every-kind test.
/// </summary>
public static partial class DefinitionGenerators
{
    /// <summary>The segment every generated reference names.</summary>
    public static readonly SegmentDefinition ReferencedSegment = new(
        "big spenders",
        new CustomCriterion("bigSpender", [new("min", SegmentValue.FromNumber(500))]));

    /// <summary>
    /// Generators keyed by criterion type. A kind added to the library without a case here fails
    /// <c>CriterionKindTests</c> until it gets one.
    /// </summary>
    public static IReadOnlyDictionary<Type, Gen<Criterion>> ByKind => new Dictionary<Type, Gen<Criterion>>
    {
        [typeof(AllCriterion)] = Children.Select(c => (Criterion)new AllCriterion(c)),
        [typeof(AnyCriterion)] = Children.Select(c => (Criterion)new AnyCriterion(c)),
        [typeof(NotCriterion)] = KindLeaf.Select(c => (Criterion)new NotCriterion(c)),
        [typeof(ComparisonCriterion)] = Gen.OneOf(NumberComparison, StringEquality, BooleanEquality, EnumEquality, InstantComparison, DateComparison),
        [typeof(BetweenCriterion)] = Between,
        [typeof(InCriterion)] = In,
        [typeof(TextCriterion)] = Text,
        [typeof(NullCheckCriterion)] = NullCheck,
        [typeof(SetCriterion)] = Set,
        [typeof(TimeWindowCriterion)] = Time,
        [typeof(AgeCriterion)] = Age,
        [typeof(GeoRadiusCriterion)] = GeoRadius,
        [typeof(ConsentCriterion)] = Consent,
        [typeof(AggregateCriterion)] = Aggregate,
        [typeof(SegmentReferenceCriterion)] = Reference,
        [typeof(CustomCriterion)] = Custom,
    };

    private static Gen<Criterion> Reference => Gen.Constant<Criterion>(new SegmentReferenceCriterion(ReferencedSegment.Name));

    /// <summary>The catalog's custom criteria: one translatable, one in memory only.</summary>
    private static Gen<Criterion> Custom => Gen.OneOf(
        Gen.Choose(0, 1200).Select(min => (Criterion)new CustomCriterion("bigSpender", [new("min", SegmentValue.FromNumber(min))])),
        Gen.Constant<Criterion>(new CustomCriterion("oddId")));

    private static Gen<Criterion> KindLeaf => Gen.Frequency((4, Leaf), (1, Reference), (1, Custom));

    private static Gen<Criterion[]> Children => Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(KindLeaf, n));
}
