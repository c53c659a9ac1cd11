namespace Segmentation.Testing.Tests;

/// <summary>A small customer model for the assertion tests and the docs snippets.</summary>
public sealed class ShopCustomer
{
    public int Id { get; set; }

    public string? Country { get; set; }

    public int? Age { get; set; }

    public decimal TotalSpend { get; set; }

    public string? Name { get; set; }

    public List<ShopOrder> Orders { get; set; } = [];
}
