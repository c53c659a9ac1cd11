using Microsoft.EntityFrameworkCore.Diagnostics;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Database;

/// <summary>Counts the customers EF Core materialises from query rows: what a query read into memory.</summary>
internal sealed class MaterializationCounter : IMaterializationInterceptor
{
    private int _customers;

    public int Customers => _customers;

    public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
    {
        if (entity is Customer)
        {
            Interlocked.Increment(ref _customers);
        }

        return entity;
    }
}
