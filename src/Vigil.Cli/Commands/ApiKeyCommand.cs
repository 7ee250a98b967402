using System.CommandLine;
using Vigil.Api.Security;

namespace Vigil.Cli.Commands;

/// <summary>
/// `vigil apikey create --name N --scope read|admin`: prints a new key once and the hashed entry to paste
/// into the silo's configuration. Only the hash is ever configured, so the key shown here is the only copy.
/// </summary>
public static class ApiKeyCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name", "-n") { Description = "Who the key is for; recorded on acknowledgements and comments.", Required = true };
        var scope = new Option<string>("--scope", "-s") { Description = "read (query only) or admin (also acknowledge and comment).", DefaultValueFactory = _ => ApiKeyScopes.Read };
        var index = new Option<int>("--index") { Description = "Position in the Keys array for the environment-variable form (default 0).", DefaultValueFactory = _ => 0 };
        var create = new Command("create", "Make a new API key: prints the key (once) and the hashed configuration entry.") { name, scope, index };
        create.SetAction(parse =>
        {
            ApiKeyIssue issue;
            try
            {
                issue = ApiKeyIssue.Create(parse.GetValue(name)!, parse.GetValue(scope)!);
            }
            catch (ArgumentException error)
            {
                Console.Error.WriteLine($"vigil: error: {error.Message.Split(" (Parameter", 2)[0]}");
                return ExitCodes.BadUsage;
            }
            Console.WriteLine($"API key for '{issue.Entry.Name}' ({issue.Entry.Scope}). It is shown only now; Vigil keeps only its hash:");
            Console.WriteLine();
            Console.WriteLine($"  {issue.Key}");
            Console.WriteLine();
            Console.WriteLine("Add this entry to the silo's appsettings.json (append to Vigil:Api:Keys if it exists):");
            Console.WriteLine(issue.AppSettingsJson());
            Console.WriteLine();
            Console.WriteLine("or set these environment variables:");
            foreach (var line in issue.EnvironmentVariables(Math.Max(0, parse.GetValue(index))))
            {
                Console.WriteLine($"  {line}");
            }
            return ExitCodes.Ok;
        });
        return new Command("apikey", "Manage the HTTP API's keys.") { create };
    }
}
