import type { SSTConfig } from "sst";
import { Api } from "./stacks/api";
import { Storage } from "./stacks/storage";
import { Web } from "./stacks/web";

// SST v2 app: wires the stacks, nothing else. Deploy with `npm run deploy`
// (needs AWS credentials); the stacks are tested offline in tests/infra.
export default {
  config() {
    return {
      name: "berdaya",
      region: "ap-southeast-3",
    };
  },
  stacks(app) {
    app.setDefaultFunctionProps({ runtime: "nodejs22.x", architecture: "arm_64" });
    app.stack(Storage).stack(Api).stack(Web);
  },
} satisfies SSTConfig;
