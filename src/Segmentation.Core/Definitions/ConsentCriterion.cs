namespace Segmentation.Definitions;

/// <summary>
/// Matches customers who gave consent for a channel (e-mail, SMS, profiling, ...) that holds on the
/// evaluation's as-of instant, optionally given on or after a date (consent under the current policy).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Field"/> names a collection of consent records whose element catalog has the fields
/// <c>channel</c> (a string), <c>givenAt</c> (a date-time) and optionally <c>withdrawnAt</c> (a
/// nullable date-time). A customer matches when one record has the channel (ordinal), was given at
/// or before the as-of instant (and at or after <see cref="GivenSince"/> when set) and was not
/// withdrawn at or before the as-of instant. No record means no consent.
/// </para>
/// <para>It compiles to an existence test over the collection, so LINQ providers translate it.</para>
/// </remarks>
public sealed record ConsentCriterion : Criterion
{
    /// <summary>The element field holding the channel.</summary>
    public const string ChannelField = "channel";

    /// <summary>The element field holding when consent was given.</summary>
    public const string GivenAtField = "givenAt";

    /// <summary>The optional element field holding when consent was withdrawn.</summary>
    public const string WithdrawnAtField = "withdrawnAt";

    /// <summary>Creates a consent test.</summary>
    /// <param name="field">The catalog name of the collection of consent records.</param>
    /// <param name="channel">The channel, e.g. <c>email</c>; compared ordinally.</param>
    /// <param name="givenSince">Only consent given at or after this instant counts; <see langword="null"/> for any.</param>
    /// <exception cref="Binding.DefinitionException">The field name or the channel is blank or longer than 256 characters.</exception>
    public ConsentCriterion(string field, string channel, DateTimeOffset? givenSince = null)
    {
        Field = Names.Field(field, nameof(ConsentCriterion));
        Channel = Names.Field(channel, nameof(ConsentCriterion), "channel", "a channel name");
        GivenSince = givenSince;
    }

    /// <summary>Gets the catalog name of the collection of consent records.</summary>
    public string Field { get; }

    /// <summary>Gets the channel.</summary>
    public string Channel { get; }

    /// <summary>Gets the earliest instant consent counts from; <see langword="null"/> for any.</summary>
    public DateTimeOffset? GivenSince { get; }
}
