using Segmentation.Catalog;

namespace Segmentation.Tests.Privacy;

/// <summary>A customer record with personal, sensitive and identifying fields, classified by attribute.</summary>
public sealed class PrivateCustomer
{
    [FieldClassification(FieldClassification.Identifier)]
    public string CustomerId { get; set; } = string.Empty;

    [FieldClassification(FieldClassification.Identifier)]
    public long MemberNumber { get; set; }

    [FieldClassification(FieldClassification.Personal)]
    public string? Email { get; set; }

    [FieldClassification(FieldClassification.Personal)]
    public DateOnly? BirthDate { get; set; }

    [FieldClassification(FieldClassification.Personal)]
    public double? Latitude { get; set; }

    [FieldClassification(FieldClassification.Personal)]
    public double? Longitude { get; set; }

    public string? Country { get; set; }

    public decimal TotalSpend { get; set; }

    public PrivateAccount Account { get; set; } = new();

    [FieldClassification(FieldClassification.Sensitive)]
    public List<PrivatePayment> Payments { get; set; } = [];
}

/// <summary>A nested account whose password hash is sensitive.</summary>
public sealed class PrivateAccount
{
    [FieldClassification(FieldClassification.Sensitive)]
    public string PasswordHash { get; set; } = string.Empty;

    public bool Verified { get; set; }
}

/// <summary>A payment: classified through its collection.</summary>
public sealed class PrivatePayment
{
    public decimal Amount { get; set; }

    public string Iban { get; set; } = string.Empty;
}
