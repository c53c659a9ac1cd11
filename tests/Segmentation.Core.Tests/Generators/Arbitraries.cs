using FsCheck;
using FsCheck.Fluent;
using Segmentation.Definitions;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Generators;

/// <summary>
/// FsCheck arbitraries for properties: <c>[Property(Arbitrary = [typeof(Arbitraries)])]</c>.
/// No shrinkers: the trees are small and the failing input is printed whole.
/// </summary>
public static class Arbitraries
{
    public static Arbitrary<Criterion> Criterion() => Arb.From(DefinitionGenerators.Criterion);

    public static Arbitrary<SegmentDefinition> Definition() => Arb.From(DefinitionGenerators.Definition);

    public static Arbitrary<Customer> Customer() => Arb.From(CustomerGenerators.Customer);

    public static Arbitrary<LiteralVariants> LiteralVariants() => Arb.From(
        from original in DefinitionGenerators.AnyKind
        from other in DefinitionGenerators.OtherLiterals(original)
        select new LiteralVariants(original, other));

    public static Arbitrary<CriterionPair> CriterionPair() => Arb.From(
        from first in DefinitionGenerators.AnyKind
        from second in Gen.Frequency(
            (2, DefinitionGenerators.OtherLiterals(first)),
            (3, DefinitionGenerators.OtherLiterals(first, strings: true)),
            (2, DefinitionGenerators.ByKind[first.GetType()]),
            (1, DefinitionGenerators.AnyKind))
        select new CriterionPair(first, second));

    public static Arbitrary<Customer[]> Customers() => Arb.From(Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(CustomerGenerators.Customer, n)));
}
