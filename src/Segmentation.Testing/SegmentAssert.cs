using System.Globalization;
using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Explain;

namespace Segmentation.Testing;

/// <summary>
/// Assertions for tests of segment rules, independent of any test framework: a failure throws
/// <see cref="SegmentAssertionException"/>, which every framework reports as a failed test.
/// </summary>
public static partial class SegmentAssert
{
    /// <summary>Asserts that a customer is in a segment; the failure message is the explain trace.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="segment">The compiled segment.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <exception cref="SegmentAssertionException">The customer is not in the segment.</exception>
    public static void Matches<T>(CompiledSegment<T> segment, T customer, DateTimeOffset asOf) => Expect(segment, customer, asOf, expected: true);

    /// <summary>Compiles a definition with <see cref="SegmentCompiler.Shared"/> and asserts that a customer is in it.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="definition">The definition.</param>
    /// <param name="catalog">The catalog of <typeparamref name="T"/>.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <exception cref="SegmentAssertionException">The customer is not in the segment.</exception>
    /// <exception cref="Binding.DefinitionException">The definition is not valid for the catalog.</exception>
    public static void Matches<T>(SegmentDefinition definition, FieldCatalog catalog, T customer, DateTimeOffset asOf) =>
        Matches(SegmentCompiler.Shared.Compile<T>(definition, catalog), customer, asOf);

    /// <summary>Asserts that a customer is not in a segment; the failure message is the explain trace.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="segment">The compiled segment.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <exception cref="SegmentAssertionException">The customer is in the segment.</exception>
    public static void DoesNotMatch<T>(CompiledSegment<T> segment, T customer, DateTimeOffset asOf) => Expect(segment, customer, asOf, expected: false);

    /// <summary>Compiles a definition with <see cref="SegmentCompiler.Shared"/> and asserts that a customer is not in it.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="definition">The definition.</param>
    /// <param name="catalog">The catalog of <typeparamref name="T"/>.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <exception cref="SegmentAssertionException">The customer is in the segment.</exception>
    /// <exception cref="Binding.DefinitionException">The definition is not valid for the catalog.</exception>
    public static void DoesNotMatch<T>(SegmentDefinition definition, FieldCatalog catalog, T customer, DateTimeOffset asOf) =>
        DoesNotMatch(SegmentCompiler.Shared.Compile<T>(definition, catalog), customer, asOf);

    private static void Expect<T>(CompiledSegment<T> segment, T customer, DateTimeOffset asOf, bool expected)
    {
        ArgumentNullException.ThrowIfNull(segment);

        // The fast path decides; the (costlier) explanation is built only to describe a failure.
        if (segment.IsMatch(customer, asOf) == expected)
        {
            return;
        }

        var explanation = SegmentExplainer.Explain(segment, customer, asOf);
        var headline = string.Format(
            CultureInfo.InvariantCulture,
            expected
                ? "Expected the customer to match segment '{0}' as of {1:O}, but it does not."
                : "Expected the customer not to match segment '{0}' as of {1:O}, but it does.",
            segment.Name,
            asOf);
        throw new SegmentAssertionException(headline + "\n" + explanation);
    }
}
