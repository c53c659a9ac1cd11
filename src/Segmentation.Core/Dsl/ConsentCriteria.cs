using Segmentation.Definitions;

namespace Segmentation.Dsl;

/// <summary><c>HasConsent</c>, for a collection of consent records (see <see cref="ConsentCriterion"/>).</summary>
public static class ConsentCriteria
{
    /// <summary>The customer gave consent for the channel, it holds on the as-of instant, and (when <paramref name="givenSince"/> is set) was given at or after that instant.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TElement">The consent record type; its catalog has <c>channel</c>, <c>givenAt</c> and optionally <c>withdrawnAt</c>.</typeparam>
    /// <param name="consents">The picked collection, e.g. <c>Where(c =&gt; c.Consents)</c>.</param>
    /// <param name="channel">The channel, e.g. <c>email</c>.</param>
    /// <param name="givenSince">Only consent given at or after this instant counts; any when <see langword="null"/>.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="Binding.DefinitionException">The channel is blank or too long; the location names the segment and criterion.</exception>
    public static TNext HasConsent<TNext, TElement>(this IFieldBuilder<TNext, IEnumerable<TElement>?> consents, string channel, DateTimeOffset? givenSince = null)
    {
        ArgumentNullException.ThrowIfNull(consents);
        return Operators.Add(consents, () => new ConsentCriterion(consents.Field.Name, channel, givenSince));
    }
}
