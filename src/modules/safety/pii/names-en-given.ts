/**
 * Given names the English lexicon of `compromise` lacks or reads as something else ("maya" is a noun to it,
 * "raj", "kwame", "tevita" unknown), for the English name shapes of `names-en-forms.ts` (round 22). Common
 * given names of the people who write English in chat: South Asian, West and East African, Pacific and
 * Māori, Arabic and Persian, Latin American, French, Irish and Scottish, and English names that are also ordinary
 * words. A word here is a name only inside a name shape (a middle initial, a surname after it, a cue) —
 * never alone.
 */
const GIVEN = `
aarav aarti abdul abdullah abhishek aditi aditya ahmad ahmed aisha ajay akash akosua alejandro amara amina
amit amrita ana anand anil anjali ankit anita arjun arnav aroha arun asha ashok aylin ayesha ayo ayodele
babajide bilal chidi chidinma chiamaka chinedu chioma chukwuemeka deepak deepika dev devi dhruv diego
divya ebony efua emeka esi farah farhan fatima fatou fernando folake funmilayo ganesh gaurav gita gopal
hamza harpreet hassan hemant hina hiroshi ifeoma ikenna imran ishaan isha jaspreet javier jaya jin jorge
kabir kalani kamal karan kavya kemi kiri kofi kojo krishna kumar kwabena kwaku kwame kwasi lakshmi leilani
lucia luis mahmoud malia mana manoj mateo meera mehmet mihi mohammed mohammad muhammad nadia naledi
nandini neha ngozi nikhil nilufar nkechi nomvula obinna olamide oluwaseun omar pania parvati pooja
prakash pranav priya priyanka rahul raj rajesh rakesh ram ramesh rangi ravi reza rohan rohit sabrina
sachin sakura salma sameer samir sandeep sanjay sanjana sapna seun shanice shreya sione siddharth sina
sipho sunil suresh swati tamati tanvir tariq tavita tevita thabo tomasi tunde uchenna usha varun vikram
vinod viliami wiremu yash yusuf zainab zanele zara
aoife ciara ciaran niamh oisin siobhan sinead saoirse padraig eoin cormac fionn lachlan hamish callum
eilidh isla ailsa morag angus
rajiv vijay sanjeev sanjiv deepa meena geeta venkat venkatesh srinivas gurpreet manpreet simran navneet
rupinder rekha shanti lata ritu pankaj vinay naveen praveen naresh girish harish ashish alok abhinav ananya
aishwarya raghav balaji karthik karthika murali hari sudha padma revathi kavitha
ama akua abena adwoa afua kwadwo serwaa asantewaa chukwudi chinonso nnamdi adaeze adaora nkem uche ifeanyi
olumide segun bola tolu dayo femi kunle wale yemi tayo tendai tatenda farai kudzai rutendo tafadzwa nyasha
chipo ruvimbo tariro nomsa thandiwe lindiwe sibusiso themba bongani zodwa kagiso lerato palesa tshepo mandla
sizwe thulani nokuthula ayanda busisiwe mthunzi jabulani amani baraka wanjiru wanjiku njeri achieng akinyi
yousef kenji yuki takeshi yui haruka sota riku daiki kenta shota naoki yuto
olena mykola bohdan taras yevhen ihor halyna svitlana katarzyna agnieszka grzegorz pawel lukasz bartosz
jean
amelie andre celine elodie francois helene ines jerome joao leonie maelle noemie rene renee sebastien stephane zoe
maya mia ava ella isla ivy lily daisy poppy rose grace hope faith joy june april may autumn summer dawn
eve mercy precious destiny blessing hazel jade ruby pearl amber iris violet willow sky river
`

export const GIVEN_NAMES: ReadonlySet<string> = new Set(GIVEN.split(/\s+/).filter(Boolean))

/** Given names that are also ordinary English words: a name only beside another name word. */
export const WORD_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `maya mia rose grace hope faith joy june april may autumn summer dawn eve mercy precious destiny blessing
hazel jade ruby pearl amber iris violet willow sky river ivy lily daisy poppy ram dev mana sina jin`
    .split(/\s+/)
    .filter(Boolean),
)
