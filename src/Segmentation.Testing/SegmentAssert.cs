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
    /// <exception cref="SegmentAssertionException">The customer is not in the segment; the message is <see cref="SegmentExplainer.Explain{T}(SegmentDefinition, FieldCatalog, T, DateTimeOffset, IReadOnlyDictionary{string, SegmentDefinition}?)"/>'s trace.</exception>
    /// <exception cref="Binding.DefinitionException">The definition is not valid for the catalog.</exception>
    public static void Matches<T>(SegmentDefinition definition, FieldCatalog catalog, T customer, DateTimeOffset asOf) =>
        Expect(definition, catalog, null, customer, asOf, expected: true);

    /// <summary>Compiles a definition that refers to other segments and asserts that a customer is in it.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="definition">The definition.</param>
    /// <param name="catalog">The catalog of <typeparamref name="T"/>.</param>
    /// <param name="references">The definitions its segment references may name, by segment name.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <exception cref="SegmentAssertionException">The customer is not in the segment; the message is the explain trace, referenced segments included.</exception>
    /// <exception cref="Binding.DefinitionException">The definition is not valid for the catalog, or a reference is unknown or cyclic.</exception>
    public static void Matches<T>(SegmentDefinition definition, FieldCatalog catalog, IReadOnlyDictionary<string, SegmentDefinition> references, T customer, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(references);
        Expect(definition, catalog, references, customer, asOf, expected: true);
    }

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
        Expect(definition, catalog, null, customer, asOf, expected: false);

    /// <summary>Compiles a definition that refers to other segments and asserts that a customer is not in it.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="definition">The definition.</param>
    /// <param name="catalog">The catalog of <typeparamref name="T"/>.</param>
    /// <param name="references">The definitions its segment references may name, by segment name.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <exception cref="SegmentAssertionException">The customer is in the segment.</exception>
    /// <exception cref="Binding.DefinitionException">The definition is not valid for the catalog, or a reference is unknown or cyclic.</exception>
    public static void DoesNotMatch<T>(SegmentDefinition definition, FieldCatalog catalog, IReadOnlyDictionary<string, SegmentDefinition> references, T customer, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(references);
        Expect(definition, catalog, references, customer, asOf, expected: false);
    }

    private static void Expect<T>(CompiledSegment<T> segment, T customer, DateTimeOffset asOf, bool expected)
    {
        ArgumentNullException.ThrowIfNull(segment);

        // The fast path decides; the (costlier) explanation is built only to describe a failure.
        if (segment.IsMatch(customer, asOf) != expected)
        {
            throw Failure(SegmentExplainer.Explain(segment, customer, asOf), expected);
        }
    }

    private static void Expect<T>(SegmentDefinition definition, FieldCatalog catalog, IReadOnlyDictionary<string, SegmentDefinition>? references, T customer, DateTimeOffset asOf, bool expected)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(catalog);
        if (SegmentCompiler.Shared.Compile<T>(definition, catalog, references).IsMatch(customer, asOf) != expected)
        {
            throw Failure(SegmentExplainer.Explain(definition, catalog, customer, asOf, references), expected);
        }
    }

    private static SegmentAssertionException Failure(SegmentExplanation explanation, bool expected)
    {
        var headline = string.Format(
            CultureInfo.InvariantCulture,
            expected
                ? "Expected the customer to match segment '{0}' as of {1:O}, but it does not."
                : "Expected the customer not to match segment '{0}' as of {1:O}, but it does.",
            explanation.SegmentName,
            explanation.AsOf);
        return new SegmentAssertionException(headline + "\n" + explanation);
    }
}
