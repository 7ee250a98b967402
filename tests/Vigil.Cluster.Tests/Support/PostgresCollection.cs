namespace Vigil.Cluster.Tests.Support;

/// <summary>One PostgreSQL server for every test class that needs one; each test makes its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
