using LlmWatch.TestKit.Aws;

// One moto_server per test assembly; each test creates uniquely named resources.
[assembly: AssemblyFixture(typeof(MotoServer))]
