namespace Segmentation.Catalog;

/// <summary>How much a catalog field's values say about a person, which decides where they may be shown and how they may be tested.</summary>
/// <remarks>
/// The values of a classified field (anything but <see cref="None"/>) never appear in explain traces,
/// exception messages or <c>ToString</c> results (a <see cref="CatalogField.RedactedMarker"/> stands in;
/// the field's name stays), and definitions may not test them with operators that reveal a value bit
/// by bit (text prefix, suffix and contains; ordering comparisons on identifiers) unless the catalog
/// allows it for that field. See docs/privacy.md.
/// </remarks>
public enum FieldClassification
{
    /// <summary>Not personal: shown and tested freely.</summary>
    None,

    /// <summary>Personal data (name, e-mail, address, birth date): redacted, no text prefix/suffix/contains tests.</summary>
    Personal,

    /// <summary>Special-category or secret data (health, password hashes, tokens): as <see cref="Personal"/>.</summary>
    Sensitive,

    /// <summary>An identifier of a person or account (customer id, IBAN, phone): as <see cref="Personal"/>, and no ordering comparisons (less than, between).</summary>
    Identifier,
}
